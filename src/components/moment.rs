use crate::moment::Moment;
use leptos::prelude::*;

/// "5 minutes ago" for the eye; the exact time on hover (`title`) and, read aloud, right
/// after it.
#[component]
pub fn When(moment: Moment) -> impl IntoView {
    view! {
        <time datetime=moment.machine title=moment.exact.clone()>
            {moment.relative}<span class="visually-hidden">{format!(", {}", moment.exact)}</span>
        </time>
    }
}

/// [`When`] as HTML, for rows written as one string.
pub fn write_when_html(html: &mut String, moment: &Moment) {
    use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};
    use std::fmt::Write;
    let _ = write!(
        html,
        r#"<time datetime="{}" title="{}">{}<span class="visually-hidden">, {}</span></time>"#,
        attribute(&moment.machine),
        attribute(&moment.exact),
        text(&moment.relative),
        text(&moment.exact),
    );
}
