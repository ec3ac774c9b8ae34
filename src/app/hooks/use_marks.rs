//! How annotation marks show (all tinted, quiet, or only where the lives meet): the reader's
//! choice, remembered in `localStorage` and shown as `<html data-marks>`, which
//! `src/app/theme.js` sets before the page first paints and the header's choice sets from then on.
use gloo::utils::{document_element, window};
use yew::prelude::*;

/// The `localStorage` key of the reader's choice (also read by `src/app/theme.js`, before the app runs).
pub const MARKS_KEY: &str = "parallel-lives-marks";

/// How the names, places, organisations, events and dates of the text are marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Marks {
    /// Every annotation tinted by its kind.
    #[default]
    All,
    /// A thin underline in the text's colour; the kind's tint only on hover or focus.
    Quiet,
    /// Names and dates as plain text; only the markers where lives meet and where the text
    /// disagrees stand out.
    Meetings,
}

impl Marks {
    /// Every choice, in the order the header offers them.
    pub const ALL: [Marks; 3] = [Marks::All, Marks::Quiet, Marks::Meetings];

    /// The choice's name: its value in storage and in `<html data-marks>`.
    pub fn name(self) -> &'static str {
        match self {
            Marks::All => "all",
            Marks::Quiet => "quiet",
            Marks::Meetings => "meetings",
        }
    }

    pub fn from_name(name: &str) -> Option<Marks> {
        Marks::ALL.into_iter().find(|marks| marks.name() == name)
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The choice the reader made earlier, if any.
fn stored() -> Option<Marks> {
    let name = storage()?.get_item(MARKS_KEY).ok().flatten()?;
    Marks::from_name(&name)
}

/// Shows `marks` from now on: `<html data-marks>`, which the stylesheets follow.
fn apply(marks: Marks) {
    let _ = document_element().set_attribute("data-marks", marks.name());
}

/// The marks shown, and a callback that shows another choice and remembers it.
///
/// The first render shows every mark, as a prerendered page (which has no reader to ask) does;
/// the reader's choice is read just after it, and `src/app/theme.js` has applied it to the
/// text before the first paint.
#[hook]
pub fn use_marks() -> (Marks, Callback<Marks>) {
    let shown = use_state_eq(Marks::default);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            // src/app/theme.js has shown the choice already; this holds if that script did not run.
            if let Some(marks) = stored() {
                apply(marks);
                shown.set(marks);
            }
        });
    }
    let choose = {
        let shown = shown.clone();
        Callback::from(move |marks: Marks| {
            if let Some(storage) = storage() {
                let _ = storage.set_item(MARKS_KEY, marks.name());
            }
            apply(marks);
            shown.set(marks);
        })
    };
    (*shown, choose)
}

#[cfg(test)]
mod tests {
    use super::Marks;

    #[test]
    fn each_choice_is_read_back_from_its_name_and_nothing_else_is() {
        for marks in Marks::ALL {
            assert_eq!(Marks::from_name(marks.name()), Some(marks));
        }
        for name in ["", "All", "none", "quiet ", "meeting"] {
            assert_eq!(Marks::from_name(name), None, "{name:?}");
        }
        assert_eq!(Marks::default(), Marks::All);
    }
}
