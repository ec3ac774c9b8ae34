//! A pair of parallel experiences in words, for its card, the timeline and the home page: "Both readmitted: Smirnov in May 1930, aged 48; Smilga in 1930, aged 37–38 (the same year)".

use crate::components::date_words::{age_in_words, date_in_words};
use crate::model::experience::gap_in_words;
use crate::model::timeline::short_name;
use crate::model::{ArticleId, Corpus, DateSpan, Experience, Precision};

/// The pair's kind after "Both": "Both readmitted".
pub fn both(corpus: &Corpus, pair: u32) -> Option<String> {
    let (kind, ..) = corpus.experience_pair(pair)?;
    Some(format!("Both {}", kind.name))
}

/// One life's experience: "Smilga in 1930, aged 37–38", "Smilga in 1987, posthumously", or
/// "Smilga" when undated.
pub fn one_life(corpus: &Corpus, experience: &Experience) -> String {
    let article = experience.place.article;
    let name = short_name(corpus, article);
    let Some(when) = experience.when.as_ref() else {
        return name.to_owned();
    };
    let (born, died) = corpus.life_of(article);
    // Long after the death (a rehabilitation), not its weeks (a date the text disputes).
    let long_after = |died: &DateSpan| (when.first - died.last).num_days() > 366;
    let age = match (born, died) {
        (_, Some(died)) if long_after(&died) => Some(", posthumously".to_owned()),
        (Some(born), died) => {
            age_in_words(when, &born, died.as_ref()).map(|age| format!(", aged {age}"))
        }
        _ => None,
    };
    let approximately = if experience.dated_here { "" } else { "about " };
    let on = if when.precision == Precision::Day {
        "on"
    } else {
        "in"
    };
    format!(
        "{name} {on} {approximately}{}{}",
        date_in_words(when),
        age.unwrap_or_default()
    )
}

/// The whole pair, the life of `here` first: "Both readmitted: Smirnov in May 1930, aged 48;
/// Smilga in 1930, aged 37–38 (the same year)".
pub fn pair_in_words(corpus: &Corpus, pair: u32, here: Option<ArticleId>) -> Option<String> {
    let (_, [a, b], _) = corpus.experience_pair(pair)?;
    let (first, second) = if here == Some(b.place.article) {
        (b, a)
    } else {
        (a, b)
    };
    let gap = gap_in_words(a.when.as_ref(), b.when.as_ref())
        .map(|gap| format!(" ({gap})"))
        .unwrap_or_default();
    Some(format!(
        "{}: {}; {}{gap}",
        both(corpus, pair)?,
        one_life(corpus, first),
        one_life(corpus, second)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds' pair of this kind.
    fn pair_of(corpus: &Corpus, kind: &str) -> u32 {
        (0..corpus.experiences.pairs.len() as u32)
            .find(|&p| {
                corpus
                    .experience_pair(p)
                    .is_some_and(|(k, ..)| k.name == kind)
            })
            .expect("the seeds have this pair")
    }

    #[test]
    fn a_pair_reads_with_each_life_its_date_and_age_here_first() {
        let corpus = crate::embedded_corpus();
        let (smirnov, _) = corpus.article("ivan-smirnov").expect("a seed");
        let readmitted = pair_of(corpus, "readmitted");
        // Smirnov (born January 1881) in May 1930; Smilga (born 2 December 1892) in 1930.
        assert_eq!(
            pair_in_words(corpus, readmitted, Some(smirnov)).as_deref(),
            Some("Both readmitted: Smirnov in May 1930, aged 49; Smilga in 1930, aged 37–38 (the same year)")
        );
        let rehabilitated = pair_of(corpus, "rehabilitated");
        assert_eq!(
            pair_in_words(corpus, rehabilitated, None).as_deref(),
            Some("Both rehabilitated: Smilga in 1987, posthumously; Smirnov in 1988, posthumously (a year apart)")
        );
    }
}
