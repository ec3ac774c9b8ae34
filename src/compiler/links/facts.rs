//! Facts the text states twice (in the infobox and the prose, or twice in the prose): claims that agree tie the infobox to the sentence, claims that disagree make a conflict; other infobox fields tied to the first sentence naming what they name.

use super::*;

/// One claim of a fact: what it says (a date, or the places it names) and where.
pub(super) struct FactClaim {
    value: String,
    date: Option<DateSpan>,
    places: Vec<EntityId>,
    passage: Passage,
    from_infobox: bool,
}

pub(super) fn claims(
    corpus: &Corpus,
    article_id: ArticleId,
    subject: EntityId,
    seed: &str,
    sentences: &[&Sentence],
    fact: &Fact,
) -> Vec<FactClaim> {
    let article = &corpus.articles[article_id as usize];
    let mut out = Vec::new();
    let field_named = |key: &str| article.infobox.iter().find(|f| f.key == key);
    // The infobox field.
    if let Some(field) = fact.infobox.as_deref().and_then(field_named) {
        let passage = Passage {
            place: Place {
                article: article_id,
                holder: infobox_holder(article, &field.key),
                span: field.value.source,
            },
            text: format!("{}: {}", field.key, field.value.text),
        };
        let date = field.value.marks.iter().find_map(|m| match m.kind {
            MarkKind::Date(d) => Some(&corpus.dates[d as usize]),
            _ => None,
        });
        match fact.compare {
            Compare::Date => {
                if let Some(d) = date {
                    out.push(FactClaim {
                        value: d.text.clone(),
                        date: Some(d.when),
                        places: Vec::new(),
                        passage,
                        from_infobox: true,
                    });
                }
            }
            Compare::Place => {
                let places = entities_of(corpus, &field.value, EntityKind::Place);
                if !places.is_empty() {
                    out.push(FactClaim {
                        value: field.value.text.clone(),
                        date: None,
                        places,
                        passage,
                        from_infobox: true,
                    });
                }
            }
        }
    }
    // Life dates in a parenthesis after the subject's name: "Name (2 December 1892 – 10 January 1938)".
    if let (Some(life), Compare::Date) = (fact.life, fact.compare) {
        for date in corpus
            .dates
            .iter()
            .filter(|d| d.place.article == article_id && d.is_range)
        {
            let start = date.place.span.start as usize;
            let Some(open) = seed[..start].rfind('(') else {
                continue;
            };
            let named_before = corpus.mentions.iter().any(|m| {
                m.entity == subject
                    && m.place.article == article_id
                    && m.place.span.end as usize <= open
                    && seed[m.place.span.end as usize..open].trim().is_empty()
            });
            if !named_before || seed[open..start].contains(')') {
                continue;
            }
            let Some((first, second)) = split_range(&date.text) else {
                continue;
            };
            let part = match life {
                crate::editorial::Life::Start => first,
                crate::editorial::Life::End => second,
            };
            let Some(found) = dates::find_dates(part, &mut Narrative::default())
                .into_iter()
                .next()
            else {
                continue;
            };
            let passage = passage_at(corpus, sentences, &date.place);
            out.push(FactClaim {
                value: part[found.start..found.end].to_string(),
                date: Some(found.when),
                places: Vec::new(),
                passage,
                from_infobox: false,
            });
        }
    }
    // Prose: a sentence about the subject that uses one of the fact's words.
    let needed: Vec<EntityId> = match fact.needs.as_deref().and_then(field_named) {
        Some(field) => entities_of_any(corpus, &field.value),
        None if fact.needs.is_some() => return out,
        None => Vec::new(),
    };
    for sentence in sentences.iter().filter(|s| s.block == Block::Prose) {
        let Some(word_end) = fact.words.iter().find_map(|w| find_word(&sentence.text, w)) else {
            continue;
        };
        if !is_about(corpus, sentence, subject) {
            continue;
        }
        if !needed.is_empty() && !sentence.entities.iter().any(|(_, e)| needed.contains(e)) {
            continue;
        }
        let clause_end = sentence.text[word_end..]
            .find([',', ';'])
            .map_or(sentence.text.len(), |i| word_end + i);
        match fact.compare {
            Compare::Date => {
                let stated = sentence
                    .dates
                    .iter()
                    .find(|(s, _, _)| *s >= word_end && *s < clause_end)
                    .or_else(|| sentence.dates.first().filter(|(s, _, _)| *s <= 8));
                if let Some(&(_, _, d)) = stated {
                    let d = &corpus.dates[d as usize];
                    out.push(FactClaim {
                        value: d.text.clone(),
                        date: Some(d.when),
                        places: Vec::new(),
                        passage: sentence.passage(),
                        from_infobox: false,
                    });
                }
            }
            Compare::Place => {
                let place = sentence.entities.iter().find(|(s, e)| {
                    *s >= word_end && corpus.entities[*e as usize].kind == EntityKind::Place
                });
                if let Some(&(_, e)) = place {
                    out.push(FactClaim {
                        value: corpus.entities[e as usize].name.clone(),
                        date: None,
                        places: vec![e],
                        passage: sentence.passage(),
                        from_infobox: false,
                    });
                }
            }
        }
    }
    out
}

/// "2 December 1892 – 10 January 1938" -> ("2 December 1892", "10 January 1938").
pub(super) fn split_range(text: &str) -> Option<(&str, &str)> {
    let (a, b) = text.split_once(['–', '—', '-'])?;
    Some((a.trim(), b.trim()))
}

/// The end of the first whole-word, case-insensitive occurrence of `word` in `text`.
pub(super) fn find_word(text: &str, word: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    let word = word.to_lowercase();
    lower.match_indices(&word).find_map(|(i, _)| {
        let end = i + word.len();
        let before = lower[..i].chars().next_back();
        let after = lower[end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        (boundary(before) && boundary(after)).then_some(end)
    })
}

/// A sentence is about the subject when the first person it names is the subject, or it names
/// no person and speaks of "he" or "she".
pub(super) fn is_about(corpus: &Corpus, sentence: &Sentence, subject: EntityId) -> bool {
    let first_person = sentence
        .entities
        .iter()
        .map(|(_, e)| *e)
        .find(|e| corpus.entities[*e as usize].kind == EntityKind::Person);
    match first_person {
        Some(person) => person == subject,
        None => sentence
            .text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "he" | "He" | "she" | "She" | "him" | "her")),
    }
}

pub(super) fn entities_of(corpus: &Corpus, text: &Text, kind: EntityKind) -> Vec<EntityId> {
    entities_of_any(corpus, text)
        .into_iter()
        .filter(|e| corpus.entities[*e as usize].kind == kind)
        .collect()
}

pub(super) fn entities_of_any(corpus: &Corpus, text: &Text) -> Vec<EntityId> {
    text.marks
        .iter()
        .filter_map(|m| match m.kind {
            MarkKind::Mention(i) => Some(corpus.mentions[i as usize].entity),
            _ => None,
        })
        .collect()
}

/// The body sentence containing `place`, or the place itself (infobox, references) as a passage.
pub(super) fn passage_at(corpus: &Corpus, sentences: &[&Sentence], place: &Place) -> Passage {
    sentences
        .iter()
        .find(|s| {
            place.holder.paragraph() == Some(s.paragraph.as_str())
                && s.span.start <= place.span.start
                && place.span.end <= s.span.end
        })
        .map(|s| s.passage())
        .unwrap_or_else(|| {
            let text = match place.holder {
                Holder::Reference(_) => corpus
                    .holder_text(place)
                    .map_or_else(String::new, |t| t.text.clone()),
                _ => String::new(),
            };
            Passage {
                place: place.clone(),
                text,
            }
        })
}

/// Claims that agree tie the infobox to the prose; claims that disagree make a conflict.
pub(super) fn judge(
    corpus: &Corpus,
    article: &Article,
    subject: EntityId,
    fact: &Fact,
    claims: Vec<FactClaim>,
    cross_refs: &mut Vec<CrossRef>,
    conflicts: &mut Vec<Conflict>,
) {
    let agree = |a: &FactClaim, b: &FactClaim| match (a.date, b.date) {
        (Some(x), Some(y)) => x.overlaps(&y),
        _ => a.places.iter().any(|p| b.places.contains(p)),
    };
    let all_agree = claims
        .iter()
        .enumerate()
        .all(|(i, a)| claims[i + 1..].iter().all(|b| agree(a, b)));
    if all_agree {
        if let Some(infobox) = claims.iter().find(|c| c.from_infobox) {
            for claim in claims.iter().filter(|c| !c.from_infobox) {
                cross_refs.push(CrossRef {
                    link: Link::InfoboxFact(fact.infobox.clone().unwrap_or_default()),
                    from: infobox.passage.clone(),
                    to: claim.passage.clone(),
                });
            }
        }
        return;
    }
    let _ = article;
    conflicts.push(Conflict {
        fact: format!(
            "{} of {}",
            fact.name, corpus.entities[subject as usize].name
        ),
        claims: claims
            .into_iter()
            .map(|c| Claim {
                value: c.value,
                passage: c.passage,
            })
            .collect(),
    });
}

/// Other infobox fields: each entity a field names, tied to the first body sentence naming it.
pub(super) fn infobox_mentions(
    corpus: &Corpus,
    article_id: ArticleId,
    sentences: &[&Sentence],
    facts: &Facts,
) -> Vec<CrossRef> {
    let article = &corpus.articles[article_id as usize];
    let mut out = Vec::new();
    for field in &article.infobox {
        if facts
            .facts
            .iter()
            .any(|f| f.infobox.as_deref() == Some(field.key.as_str()))
        {
            continue;
        }
        for entity in entities_of_any(corpus, &field.value) {
            if Some(entity) == article.subject {
                continue;
            }
            if let Some(sentence) = sentences
                .iter()
                .find(|s| s.entities.iter().any(|(_, e)| *e == entity))
            {
                out.push(CrossRef {
                    link: Link::InfoboxFact(field.key.clone()),
                    from: Passage {
                        place: Place {
                            article: article_id,
                            holder: infobox_holder(article, &field.key),
                            span: field.value.source,
                        },
                        text: format!("{}: {}", field.key, field.value.text),
                    },
                    to: sentence.passage(),
                });
            }
        }
    }
    out
}

/// The holder of an article's infobox field.
pub(super) fn infobox_holder(article: &Article, key: &str) -> Holder {
    let index = article
        .infobox
        .iter()
        .position(|f| f.key == key)
        .unwrap_or(0);
    Holder::Infobox(u16::try_from(index).unwrap_or(u16::MAX))
}
