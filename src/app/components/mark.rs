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
}

#[function_component]
pub fn MarkButton(props: &MarkButtonProps) -> Html {
    let corpus = use_corpus();
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
            {summary}
            {data_mention}
            {data_date}
        >
            { props.words }
        </Annotation>
    }
}
