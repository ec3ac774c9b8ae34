//! One annotated name or date: a button around the words, whose card says who, what or when.
use yew::prelude::*;

use crate::components::date_words::date_ref_in_words;
use crate::components::{Annotation, CardTopic};
use crate::hooks::use_corpus;
use crate::model::MarkKind;

#[derive(Properties, PartialEq)]
pub struct MarkButtonProps {
    /// A mention or a date; any other kind renders the words as plain text.
    pub kind: MarkKind,
    /// The annotated words, exactly as in the text.
    pub words: &'static str,
    /// Whether it is its text's Tab stop (`roving.rs`).
    #[prop_or_default]
    pub tab_stop: bool,
}

#[function_component]
pub fn MarkButton(props: &MarkButtonProps) -> Html {
    let corpus = use_corpus();
    // What a screen reader hears: the words, then what they mean ("Kolchak, person: Alexander
    // Kolchak"); the card is named by the meaning alone.
    let (kind_label, summary, topic, data_mention, data_date, card_id) = match props.kind {
        MarkKind::Mention(id) => {
            let entity = corpus
                .mentions
                .get(id as usize)
                .and_then(|mention| corpus.entities.get(usize::from(mention.entity)));
            let Some(entity) = entity else {
                return html! { { props.words } };
            };
            (
                entity.kind.label(),
                format!("{}, {}", entity.name, entity.kind.label()),
                CardTopic::Mention(id),
                Some(AttrValue::from(id.to_string())),
                None,
                format!("card-m{id}"),
            )
        }
        MarkKind::Date(id) => {
            let Some(date) = corpus.dates.get(id as usize) else {
                return html! { { props.words } };
            };
            (
                "date",
                format!("{}, date", date_ref_in_words(date)),
                CardTopic::Date(id),
                None,
                Some(AttrValue::from(id.to_string())),
                format!("card-d{id}"),
            )
        }
        MarkKind::CitationNeeded => return html! { { props.words } },
    };
    html! {
        <Annotation
            class={classes!("mark", format!("mark-{kind_label}"))}
            {card_id}
            {topic}
            name={spoken(props.words, &summary)}
            {summary}
            {data_mention}
            {data_date}
            tab_stop={props.tab_stop}
        >
            { props.words }
        </Annotation>
    }
}

/// "Kolchak" and "Alexander Kolchak, person" → "Kolchak, person: Alexander Kolchak"; "Moscow"
/// and "Moscow, place" → "Moscow, place".
fn spoken(words: &str, summary: &str) -> String {
    match summary.rsplit_once(", ") {
        Some((meaning, kind)) if meaning.eq_ignore_ascii_case(words) => format!("{words}, {kind}"),
        Some((meaning, kind)) => format!("{words}, {kind}: {meaning}"),
        None => format!("{words}: {summary}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_annotation_is_spoken_as_its_words_then_its_meaning() {
        use super::spoken;
        assert_eq!(
            spoken("Kolchak", "Alexander Kolchak, person"),
            "Kolchak, person: Alexander Kolchak"
        );
        assert_eq!(spoken("Moscow", "Moscow, place"), "Moscow, place");
        assert_eq!(
            spoken("A month later", "December 1927, date"),
            "A month later, date: December 1927"
        );
    }
}
