//! A subject's name in their own script, marked with its language so that a screen reader reads it in that language.
use yew::prelude::*;

use crate::model::NativeName;

#[derive(Properties, PartialEq)]
pub struct NativeNameProps {
    pub native: NativeName,
}

/// `<span class="native-name" lang="ru">Ива́н Ники́тич Смирно́в</span>`; with no known language
/// tag the span carries none and the reader's default applies.
#[function_component]
pub fn NativeNameText(props: &NativeNameProps) -> Html {
    let native = &props.native;
    let lang = native.tag.clone().map(AttrValue::from);
    let title = native
        .language
        .as_ref()
        .map(|language| AttrValue::from(format!("{language}: {}", native.text)));
    html! {
        <span class="native-name" {lang} {title}>{ native.text.as_str() }</span>
    }
}
