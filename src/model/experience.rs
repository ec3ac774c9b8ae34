//! Parallel experiences: the turns of fate the compiler found each subject went through (arrested, expelled, readmitted…), and the pairs of the same kind across two lives.
//!
//! The compiler finds them (`parallel-lives-compiler`, `experiences/`) from the cue words of
//! `seeds/experiences.toml`; each pair is also a cross-reference (`Link::SameExperience`), so
//! the reader shows it as a marker, a bridge in the parallel view and an item on the home page.

use serde::{Deserialize, Serialize};

use crate::{Corpus, CrossRef, DateSpan, Place, Precision};

/// The experiences of the corpus and how they pair.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Experiences {
    /// The kinds, as `seeds/experiences.toml` lists them.
    pub kinds: Vec<ExperienceKind>,
    /// Every experience of a subject, by article, then place.
    pub found: Vec<Experience>,
    /// Experiences of one kind in two lives, nearest in time first.
    pub pairs: Vec<ExperiencePair>,
}

/// A kind of experience: "readmitted".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperienceKind {
    /// How the kind reads after "Both were": "readmitted to the party", "arrested".
    pub name: String,
}

/// One experience of a biography's subject.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    /// An index into `Experiences::kinds`.
    pub kind: u16,
    /// The sentence that tells of it.
    pub place: Place,
    /// When: the date the sentence gives it, else the last date the text set before it.
    pub when: Option<DateSpan>,
    /// The date is the sentence's own (else it is the one the text last set).
    pub dated_here: bool,
}

/// Two experiences of one kind in two lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperiencePair {
    pub kind: u16,
    /// Indices into `Experiences::found`, the earlier first.
    pub experiences: [u32; 2],
    /// The cross-reference that joins their sentences: an index into `Corpus::cross_refs`.
    pub cross_ref: u32,
}

impl Corpus {
    /// A pair's kind and its two experiences.
    pub fn experience_pair(
        &self,
        pair: u32,
    ) -> Option<(&ExperienceKind, [&Experience; 2], &CrossRef)> {
        let pair = self.experiences.pairs.get(pair as usize)?;
        let kind = self.experiences.kinds.get(usize::from(pair.kind))?;
        let [a, b] = pair.experiences;
        let found = &self.experiences.found;
        Some((
            kind,
            [found.get(a as usize)?, found.get(b as usize)?],
            self.cross_refs.get(pair.cross_ref as usize)?,
        ))
    }

    /// The pair whose cross-reference this is.
    pub fn pair_of_cross_ref(&self, cross_ref: u32) -> Option<u32> {
        self.experiences
            .pairs
            .iter()
            .position(|p| p.cross_ref == cross_ref)
            .map(|i| i as u32)
    }
}

/// How far apart two dates are, in words: "the same month", "the same year", "3 months apart",
/// "a year apart", "2 years apart". None when either is unknown.
pub fn gap_in_words(a: Option<&DateSpan>, b: Option<&DateSpan>) -> Option<String> {
    use chrono::Datelike;
    let (a, b) = (a?, b?);
    let (early, late) = if a.first <= b.first { (a, b) } else { (b, a) };
    let by_month = |d: &DateSpan| matches!(d.precision, Precision::Day | Precision::Month);
    let years = late.first.year() - early.first.year();
    let months = years * 12 + late.first.month() as i32 - early.first.month() as i32;
    let apart = |n: i32, unit: &str| match n {
        1 => format!("a {unit} apart"),
        n => format!("{n} {unit}s apart"),
    };
    Some(if !(by_month(early) && by_month(late)) {
        match years {
            0 => "the same year".to_owned(),
            n => apart(n, "year"),
        }
    } else if months == 0 {
        "the same month".to_owned()
    } else if months < 12 {
        apart(months, "month")
    } else {
        apart((months + 6) / 12, "year")
    })
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::date::span;

    fn year(y: i32) -> DateSpan {
        span((y, 1, 1), (y, 12, 31), Precision::Year)
    }

    fn month(y: i32, m: u32) -> DateSpan {
        span((y, m, 1), (y, m, 28), Precision::Month)
    }

    #[test]
    fn gaps_read_in_the_grain_of_the_coarser_date() {
        let cases = [
            (year(1987), year(1988), "a year apart"),
            (year(1930), month(1930, 5), "the same year"),
            (month(1929, 7), month(1929, 10), "3 months apart"),
            (month(1929, 10), month(1929, 7), "3 months apart"),
            (month(1927, 12), month(1927, 12), "the same month"),
            (month(1927, 12), month(1928, 1), "a month apart"),
            (month(1933, 1), month(1935, 1), "2 years apart"),
            (year(1899), year(1907), "8 years apart"),
        ];
        for (a, b, words) in cases {
            assert_eq!(
                gap_in_words(Some(&a), Some(&b)).as_deref(),
                Some(words),
                "{a:?} {b:?}"
            );
        }
        assert_eq!(gap_in_words(None, Some(&year(1930))), None);
    }
}
