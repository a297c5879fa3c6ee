//! How a form shows the answer of its server function: field problems beside their fields,
//! everything else in the form's status message.

use crate::error::AppError;
use leptos::prelude::*;

/// The server's message for one field of the last submission, if any.
pub fn field_error<T, Outcome>(result: Outcome, field: &'static str) -> Signal<Option<String>>
where
    Outcome: With<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static,
{
    Signal::derive(move || {
        result.with(|outcome| match outcome {
            Some(Err(error)) => error.message_for(field),
            _ => None,
        })
    })
}

/// The failure of the last submission as one sentence for the status message. Field problems
/// get a summary pointing at the fields, since their details sit beside each field.
pub fn failure_summary<T, Outcome>(result: Outcome) -> Signal<Option<String>>
where
    Outcome: With<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static,
{
    Signal::derive(move || {
        result.with(|outcome| match outcome {
            Some(Err(AppError::Conflict { field: Some(_), .. })) => {
                Some(AppError::Validation(Vec::new()).message())
            }
            Some(Err(error)) => Some(error.message()),
            _ => None,
        })
    })
}
