//! The browser's half of a passkey ceremony: the server's WebAuthn options go to
//! `navigator.credentials`, and the authenticator's answer goes back as WebAuthn's JSON.
//! webauthn-rs-proto converts both ways; nothing here touches a key.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the person reads when the browser gives no passkey: they cancelled, took too long,
/// or the authenticator refused. The page carries it in their language (`BROWSER_TEXTS`).
fn refused(_: JsValue) -> String {
    crate::t!(crate::i18n::use_locale(), "two-factor-no-passkey-used")
}

/// The detail is the decoder's, for whoever looks into it, after the person's own words.
fn unreadable(error: serde_json::Error) -> String {
    format!(
        "{}: {error}",
        crate::t!(crate::i18n::use_locale(), "two-factor-passkey-unreadable")
    )
}

/// Makes a new passkey with `options` (a `CreationChallengeResponse`); answers the
/// `RegisterPublicKeyCredential` as JSON.
pub async fn create(options: &str) -> Result<String, String> {
    let options: webauthn_rs_proto::CreationChallengeResponse =
        serde_json::from_str(options).map_err(unreadable)?;
    let options = web_sys::CredentialCreationOptions::from(options);
    let promise = window()
        .navigator()
        .credentials()
        .create_with_options(&options)
        .map_err(refused)?;
    let credential: web_sys::PublicKeyCredential = JsFuture::from(promise)
        .await
        .map_err(refused)?
        .unchecked_into();
    serde_json::to_string(&webauthn_rs_proto::RegisterPublicKeyCredential::from(
        credential,
    ))
    .map_err(unreadable)
}

/// Signs with a passkey for `options` (a `RequestChallengeResponse`); answers the
/// `PublicKeyCredential` as JSON.
pub async fn get(options: &str) -> Result<String, String> {
    let options: webauthn_rs_proto::RequestChallengeResponse =
        serde_json::from_str(options).map_err(unreadable)?;
    let options = web_sys::CredentialRequestOptions::from(options);
    let promise = window()
        .navigator()
        .credentials()
        .get_with_options(&options)
        .map_err(refused)?;
    let credential: web_sys::PublicKeyCredential = JsFuture::from(promise)
        .await
        .map_err(refused)?
        .unchecked_into();
    serde_json::to_string(&webauthn_rs_proto::PublicKeyCredential::from(credential))
        .map_err(unreadable)
}
