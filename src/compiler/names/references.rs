//! Names in a reference in the usual citation style: authors, title, place and publisher.

use super::*;

/// The names of a reference in the usual citation style: authors as `Surname, Given` before a
/// year or a `;`, the title after the year (or, in a short citation, before the page), the
/// place and publisher as `Place: Publisher`; the rest as prose.
pub fn find_in_reference(text: &str, vocabulary: &Vocabulary) -> Vec<Name> {
    let sentence = Sentence {
        text,
        tokens: tokenize(text),
        vocabulary,
    };
    let segments = segments(&sentence);
    let mut names: Vec<Name> = Vec::new();
    let mut after_year = false;
    let mut after_title = false;
    for (n, &(first, last)) in segments.iter().enumerate() {
        let mut authors = authors(&sentence, first, last);
        if n == 0 && authors.is_empty() {
            authors = dated_authors(&sentence, first, last);
        }
        let ends_in_paren = sentence.mark(last) == Some(')');
        let starts = sentence.word(first).unwrap_or_default();
        let machinery = starts.starts_with(|c: char| c.is_ascii_digit())
            || CITATION_WORDS.contains(&starts)
            || matches!(starts, "p" | "pp" | "in");
        let next_is_page = segments
            .get(n + 1)
            .and_then(|&(f, _)| sentence.word(f))
            .is_some_and(|w| matches!(w, "p" | "pp"));
        // A reference that opens with an article opens with a title: no author's name does.
        let article_led = matches!(starts, "The" | "A" | "An") && sentence.is_name_word(first + 1);
        let quoted = matches!(sentence.mark(first), Some('"' | '“'));
        let colon = (first..=last)
            .find(|&i| sentence.mark(i) == Some(':'))
            .filter(|_| !quoted);
        // A publisher without a place: a short run of names between the title and the pages.
        let publisher = after_title
            && last - first < 4
            && colon.is_none()
            && (first..=last).all(|i| sentence.is_name_word(i) || sentence.mark(i) == Some('&'))
            && segments.get(n + 1).is_none_or(|&(f, _)| {
                sentence
                    .word(f)
                    .is_some_and(|w| matches!(w, "p" | "pp" | "ISBN"))
            });
        after_title = false;
        let lone_author = n == 0
            && last - first < 3
            && (first..=last).all(|i| {
                sentence.is_name_word(i) && !is_acronym(sentence.word(i).unwrap_or_default())
            });
        if !authors.is_empty() {
            names.extend(authors);
        } else if publisher {
            names.push(Name {
                start: sentence.start(first),
                end: sentence.end(last),
                kind: Some(EntityKind::Organisation),
                strong: true,
            });
        } else if lone_author {
            names.push(Name {
                start: sentence.start(first),
                end: sentence.end(last),
                kind: Some(EntityKind::Person),
                strong: true,
            });
        } else if machinery {
        } else if let (Some(colon), false) = (
            colon,
            after_year && n > 0 && colon_is_title(&sentence, first, last),
        ) {
            names.extend(place_and_publisher(&sentence, first, colon, last));
        } else if (after_year || (n == 1 && next_is_page) || (n == 0 && article_led))
            && sentence.is_name_word(first)
        {
            let (start, end) = (sentence.start(first), sentence.end(last));
            let title = text[start..end].trim_matches(|c: char| c == '"' || c == '“' || c == '”');
            // "Memoirs, volume 2" is a volume of the work "Memoirs".
            let title = title.split_once(", vol").map_or(title, |(work, _)| work);
            let start = start + text[start..end].find(title).unwrap_or(0);
            names.push(Name {
                start,
                end: start + title.len(),
                kind: Some(EntityKind::Work),
                strong: true,
            });
            after_year = false;
            after_title = true;
            continue;
        } else {
            let (start, end) = (sentence.start(first), sentence.end(last));
            let words = &text[start..end];
            names.extend(in_sentence(words, vocabulary).into_iter().map(|name| Name {
                start: start + name.start,
                end: start + name.end,
                ..name
            }));
        }
        after_year = ends_in_paren;
    }
    // An abbreviation's full stop ends a segment but belongs to the name ("Yale U.P.").
    for name in &mut names {
        let last_word = text[name.start..name.end]
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let abbreviation =
            last_word.contains('.') || matches!(last_word, "Inc" | "Ltd" | "Co" | "Jr" | "Sr");
        if abbreviation && !last_word.ends_with('.') && text[name.end..].starts_with('.') {
            name.end += 1;
        }
    }
    names
}

/// A short citation's authors: `Surname & Surname 1974`, `Surname and Surname 1974`.
pub(super) fn dated_authors(sentence: &Sentence, first: usize, last: usize) -> Vec<Name> {
    let mut names = Vec::new();
    let mut i = first;
    while i <= last
        && sentence.is_name_word(i)
        && !is_numeric_ordinal(sentence.word(i).unwrap_or_default())
    {
        names.push(Name {
            start: sentence.start(i),
            end: sentence.end(i),
            kind: Some(EntityKind::Person),
            strong: true,
        });
        let joined = sentence.mark(i + 1) == Some('&') || sentence.word(i + 1) == Some("and");
        if !joined {
            break;
        }
        i += 2;
    }
    let year = sentence
        .word(i + 1)
        .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    if names.len() >= 2 && year {
        names
    } else {
        Vec::new()
    }
}

/// A title may hold a colon ("Stalin: An Appraisal"); a place and publisher is short.
pub(super) fn colon_is_title(sentence: &Sentence, first: usize, last: usize) -> bool {
    (first..=last)
        .filter(|&i| sentence.word(i).is_some())
        .count()
        > 10
}

/// A reference's segments: token ranges between full stops that end a phrase (not an
/// initial's), each closing bracket's stop included.
pub(super) fn segments(sentence: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 0..sentence.tokens.len() {
        let stop = sentence.mark(i) == Some('.')
            && (i + 1 == sentence.tokens.len() || sentence.spaced(i + 1))
            && !(i > 0 && sentence.is_initial(i - 1));
        if stop {
            if i > first {
                out.push((first, i - 1));
            }
            first = i + 1;
        }
    }
    if first < sentence.tokens.len() {
        out.push((first, sentence.tokens.len() - 1));
    }
    out
}

/// `Surname, Given [Initial.]` names, separated by `;` and ending before `(` or the segment's
/// end, when the whole segment is such a list (with a year or `(eds.)` after it).
pub(super) fn authors(sentence: &Sentence, first: usize, last: usize) -> Vec<Name> {
    let mut names = Vec::new();
    let mut i = first;
    loop {
        let Some(surname) = sentence.word(i).filter(|w| is_capitalised(w)) else {
            return Vec::new();
        };
        if sentence.mark(i + 1) != Some(',') || !sentence.is_name_word(i + 2) {
            return Vec::new();
        }
        let mut end = i + 2;
        while end < last && (sentence.is_name_word(end + 1) || sentence.mark(end + 1) == Some('.'))
        {
            end += 1;
        }
        let _ = surname;
        names.push(Name {
            start: sentence.start(i),
            end: sentence.end(end),
            kind: Some(EntityKind::Person),
            strong: true,
        });
        match sentence.mark(end + 1) {
            Some(';') => i = end + 2,
            Some('(') => return names,
            _ if end >= last => return names,
            _ => return Vec::new(),
        }
        if i > last {
            return names;
        }
    }
}

/// `London: George Allen & Unwin`, `London: NLB (New Left Books)`.
pub(super) fn place_and_publisher(
    sentence: &Sentence,
    first: usize,
    colon: usize,
    last: usize,
) -> Vec<Name> {
    let mut names = Vec::new();
    let mut place = colon;
    while place > first && colon - place < 3 && sentence.is_name_word(place - 1) {
        place -= 1;
    }
    if place > first {
        let (start, end) = (sentence.start(first), sentence.end(place - 1));
        names.extend(
            in_sentence(&sentence.text[start..end], sentence.vocabulary)
                .into_iter()
                .map(|name| Name {
                    start: start + name.start,
                    end: start + name.end,
                    ..name
                }),
        );
    }
    if place < colon {
        names.push(Name {
            start: sentence.start(place),
            end: sentence.end(colon - 1),
            kind: Some(EntityKind::Place),
            strong: true,
        });
    }
    let mut end = last;
    // A year or a bracket closes the publisher.
    if let Some(i) = (colon + 1..=last).find(|&i| {
        sentence.mark(i) == Some('(')
            || sentence
                .word(i)
                .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
    }) {
        end = i.saturating_sub(1);
        if sentence.mark(i) == Some('(') {
            if let Some(close) = (i + 1..=last).find(|&j| sentence.mark(j) == Some(')')) {
                let dated = (i + 1..close).any(|j| {
                    sentence
                        .word(j)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                });
                if close > i + 1 && sentence.is_name_word(i + 1) && !dated {
                    names.push(Name {
                        start: sentence.start(i + 1),
                        end: sentence.end(close - 1),
                        kind: Some(EntityKind::Organisation),
                        strong: true,
                    });
                }
            }
        }
    }
    if colon < end && sentence.is_name_word(colon + 1) {
        names.push(Name {
            start: sentence.start(colon + 1),
            end: sentence.end(end),
            kind: Some(EntityKind::Organisation),
            strong: true,
        });
    }
    names.sort_by_key(|n| n.start);
    names
}
