//! Two pieces of work at once, on the machine's cores (issue 16): a
//! national register's keyed diff reads its two tables, makes their
//! changed rows and compares its pairs in two halves.

/// `a()` and `b()`, `b` on a thread of its own when `two_threads` (else
/// one after the other, where a thread costs more than the work). A panic
/// on either thread is passed on as it was.
pub fn join<A, B>(two_threads: bool, a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B)
where
    B: Send,
{
    if !two_threads {
        return (a(), b());
    }
    std::thread::scope(|s| {
        let later = s.spawn(b);
        let first = a();
        let second = later
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_results_in_order_on_one_thread_and_on_two() {
        let data = [1, 2, 3, 4];
        for two in [false, true] {
            let (x, y) = join(two, || data[..2].iter().sum::<i32>(), || data[2..].to_vec());
            assert_eq!((x, y), (3, vec![3, 4]));
        }
    }

    #[test]
    #[should_panic(expected = "the later half")]
    fn a_panic_on_the_other_thread_is_passed_on() {
        join(true, || 1, || -> i32 { panic!("the later half") });
    }
}
