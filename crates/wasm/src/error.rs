//! Turns core errors into JavaScript `Error` objects with a stable `code`.

use wasm_bindgen::JsValue;

/// A JavaScript `Error` with `name` set to `CachetError` and a stable `code` property.
pub fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("CachetError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

/// Converts a serde-wasm-bindgen failure (a value of the wrong shape from JavaScript).
pub fn invalid_argument(what: &str, err: impl std::fmt::Display) -> JsValue {
    js_error("invalid_argument", &format!("{what}: {err}"))
}

/// Converts a core value into its typed JavaScript form.
pub fn to_ts<T: tsify::Tsify + serde::Serialize>(value: &T) -> Result<tsify::Ts<T>, JsValue> {
    value.into_ts().map_err(|e| js_error("internal", &format!("cannot convert a result to JavaScript: {e}")))
}
