use leptos::prelude::*;

/// A labelled input with its error message beside it. The message is tied to the input with
/// `aria-describedby`, so screen readers read it with the field.
#[component]
pub fn Field(
    /// The visible label, which is also the field's accessible name.
    #[prop(into)]
    label: String,
    /// The form field name, matching the server function's argument.
    name: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] hint: String,
    /// The value the field starts with, e.g. a setting being edited.
    #[prop(optional, into)]
    value: String,
    /// The id of a `<datalist>` of suggestions, which makes the field searchable.
    #[prop(optional)]
    list: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            {has_hint.then(|| view! { <p class="field-hint" id=hint_id.clone()>{hint}</p> })}
            <input
                id=id
                name=name
                type=input_type
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                value=(!value.is_empty()).then_some(value)
                list=(!list.is_empty()).then_some(list)
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                required
            />
            <p class="field-error" id=error_id>
                {move || error.get()}
            </p>
        </div>
    }
}

/// A field for choosing a password, with the rule as its hint and the browser told to offer a
/// generated one. The server checks the same rule (AUTH-03).
#[component]
pub fn NewPasswordField(
    #[prop(into)] label: String,
    name: &'static str,
    /// The rule, in the reader's language (`password-rule-hint`).
    #[prop(into)]
    hint: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Field
            label
            name
            input_type="password"
            autocomplete="new-password"
            hint
            error
        />
    }
}
