//! Reads a page render would repeat. On the server a `<Suspense>` builds its children three
//! times (twice to find their resources, then to render), and each build starts the resources
//! of the islands inside it again: the Users tab read its members three times per page, one
//! read after another. The router gives each request one [`PageReads`]; an answer read
//! through [`read_once`] is kept for the rest of that request.

use crate::error::AppError;
use leptos::prelude::use_context;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// An answer's place: its type, and a key naming the arguments it was read for.
type Slot = (TypeId, String);

/// What one request has read.
#[derive(Clone, Default)]
pub struct PageReads(Arc<Mutex<HashMap<Slot, Box<dyn Any + Send + Sync>>>>);

impl PageReads {
    fn recall<T: Clone + 'static>(&self, slot: &Slot) -> Option<T> {
        let kept = self.0.lock().ok()?;
        kept.get(slot)?.downcast_ref::<T>().cloned()
    }

    fn keep<T: Send + Sync + 'static>(&self, slot: Slot, value: T) {
        if let Ok(mut kept) = self.0.lock() {
            kept.insert(slot, Box::new(value));
        }
    }
}

/// The answer `read` gives for `key`, read once per request: later calls with the same key
/// get a copy. Only answers are kept, never errors, and no lock is held while reading, so a
/// read that Leptos sets aside unfinished keeps no other caller waiting (the next one reads
/// for itself). Without a request's `PageReads` (outside the router), it simply reads.
pub async fn read_once<T, Read>(key: String, read: impl FnOnce() -> Read) -> Result<T, AppError>
where
    T: Clone + Send + Sync + 'static,
    Read: Future<Output = Result<T, AppError>>,
{
    let Some(reads) = use_context::<PageReads>() else {
        return read().await;
    };
    let slot = (TypeId::of::<T>(), key);
    if let Some(kept) = reads.recall::<T>(&slot) {
        return Ok(kept);
    }
    let answer = read().await?;
    reads.keep(slot, answer.clone());
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos::prelude::{Owner, provide_context};
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn a_request_reads_each_answer_once_and_never_keeps_an_error() {
        let owner = Owner::new();
        owner.set();
        provide_context(PageReads::default());
        let reads = AtomicUsize::new(0);
        let read = |answer: Result<u32, AppError>| {
            let reads = &reads;
            move || async move {
                reads.fetch_add(1, Ordering::SeqCst);
                answer
            }
        };
        assert_eq!(read_once("a".into(), read(Ok(1))).await, Ok(1));
        assert_eq!(read_once("a".into(), read(Ok(2))).await, Ok(1), "kept");
        assert_eq!(
            read_once("b".into(), read(Ok(3))).await,
            Ok(3),
            "another key"
        );
        assert_eq!(reads.load(Ordering::SeqCst), 2);
        assert_eq!(
            read_once("c".into(), read(Err(AppError::NotFound))).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            read_once("c".into(), read(Ok(4))).await,
            Ok(4),
            "an error is not kept"
        );
    }
}
