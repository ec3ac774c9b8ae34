//! Fragments read and written, and passages found in text, on made-up paragraphs (natively).

use super::*;

fn quote(start: &str, end: Option<&str>) -> TextQuote {
    TextQuote {
        start: start.to_owned(),
        end: end.map(str::to_owned),
        ..TextQuote::default()
    }
}

#[test]
fn reads_element_ids() {
    assert_eq!(Fragment::parse(""), Fragment::Top);
    assert_eq!(Fragment::parse("#"), Fragment::Top);
    assert_eq!(
        Fragment::parse("civil-war"),
        Fragment::Element("civil-war".into())
    );
    assert_eq!(
        Fragment::parse("#civil-war-p2"),
        Fragment::Element("civil-war-p2".into())
    );
    assert_eq!(
        Fragment::parse("%D0%BF-p1"),
        Fragment::Element("п-p1".into())
    );
}

#[test]
fn reads_the_readers_own_passage_form() {
    assert_eq!(
        Fragment::parse("civil-war-p2~text=Red%20Army"),
        Fragment::Passage {
            element: Some("civil-war-p2".into()),
            quote: quote("Red Army", None),
        }
    );
    assert_eq!(
        Fragment::parse("lead-p1~text=In%201917,Moscow"),
        Fragment::Passage {
            element: Some("lead-p1".into()),
            quote: quote("In 1917", Some("Moscow")),
        }
    );
}

#[test]
fn reads_the_standard_directive_when_the_browser_leaves_it() {
    assert_eq!(
        Fragment::parse("lead-p1:~:text=the%20Party-,Central,Committee,-in"),
        Fragment::Passage {
            element: Some("lead-p1".into()),
            quote: TextQuote {
                prefix: Some("the Party".into()),
                start: "Central".into(),
                end: Some("Committee".into()),
                suffix: Some("in".into()),
            },
        }
    );
    assert_eq!(
        Fragment::parse(":~:other=1&text=Kolchak"),
        Fragment::Passage {
            element: None,
            quote: quote("Kolchak", None),
        }
    );
}

#[test]
fn hostile_or_broken_fragments_fall_back_to_the_element_or_the_top() {
    for (hash, expected) in [
        ("lead-p1~text=", Fragment::Element("lead-p1".into())),
        ("lead-p1~text=%", Fragment::Element("lead-p1".into())),
        ("lead-p1~text=%FF%FE", Fragment::Element("lead-p1".into())),
        ("lead-p1~text=a,b,c", Fragment::Element("lead-p1".into())),
        ("lead-p1~text=,,", Fragment::Element("lead-p1".into())),
        ("lead-p1:~:", Fragment::Element("lead-p1".into())),
        (":~:text=", Fragment::Top),
        ("%", Fragment::Top),
        ("~text=%zz", Fragment::Top),
    ] {
        assert_eq!(Fragment::parse(hash), expected, "{hash:?}");
    }
    let long = format!("lead-p1~text={}", "a".repeat(MAX_QUOTE_CHARS + 1));
    assert_eq!(Fragment::parse(&long), Fragment::Element("lead-p1".into()));
}

#[test]
fn encoded_quotes_read_back() {
    let tricky = TextQuote {
        prefix: Some("Smilga's, and".into()),
        start: "Central-Committee ~ 100%".into(),
        end: Some("«Пётр»".into()),
        suffix: Some("-end,".into()),
    };
    let fragment = passage_fragment("civil-war-p2", &tricky);
    assert!(fragment.is_ascii(), "{fragment}");
    assert_eq!(
        Fragment::parse(&fragment),
        Fragment::Passage {
            element: Some("civil-war-p2".into()),
            quote: tricky,
        }
    );
}

const TEXT: &str = "In 1918 the Red Army took Kazan.\nThe Red  Army then\tmoved east, \
                    and the Red Army reached Omsk in 1919.";

fn located(quote: &TextQuote) -> Option<&'static str> {
    quote.locate(TEXT).map(|range| &TEXT[range])
}

#[test]
fn locates_words_across_white_space_and_case() {
    assert_eq!(located(&quote("red army", None)), Some("Red Army"));
    assert_eq!(
        located(&quote("Kazan. The red army", None)),
        Some("Kazan.\nThe Red  Army")
    );
    assert_eq!(
        located(&quote("took", Some("moved"))),
        Some("took Kazan.\nThe Red  Army then\tmoved")
    );
    assert_eq!(located(&quote("Vladivostok", None)), None);
    assert_eq!(located(&quote("Omsk", Some("Kazan"))), None);
}

#[test]
fn prefix_and_suffix_pick_one_occurrence() {
    let mut q = quote("Red Army", None);
    q.prefix = Some("and the".into());
    let range = q.locate(TEXT).unwrap();
    assert_eq!(&TEXT[range.clone()], "Red Army");
    assert_eq!(&TEXT[range.end..range.end + 8], " reached");
    let mut q = quote("Red", None);
    q.suffix = Some("Army then".into());
    let range = q.locate(TEXT).unwrap();
    assert_eq!(&TEXT[range.start - 4..range.end], "The Red");
}

/// The quote made for a selection finds exactly that selection again.
fn round_trip(selected: &str, occurrence: usize) -> TextQuote {
    let start = TEXT.match_indices(selected).nth(occurrence).unwrap().0;
    let range = start..start + selected.len();
    let quote = TextQuote::from_selection(TEXT, range.clone()).unwrap();
    let fragment = passage_fragment("p", &quote);
    let Fragment::Passage { quote: read, .. } = Fragment::parse(&fragment) else {
        panic!("{fragment} does not read back as a passage");
    };
    assert_eq!(read.locate(TEXT), Some(range), "{fragment}");
    read
}

#[test]
fn a_short_selection_is_quoted_whole() {
    assert_eq!(round_trip("took Kazan", 0), quote("took Kazan", None));
}

#[test]
fn a_long_selection_is_quoted_by_its_ends() {
    let read = round_trip(
        "the Red Army took Kazan.\nThe Red  Army then\tmoved east",
        0,
    );
    assert_eq!(read.start, "the Red Army took");
    assert_eq!(read.end.as_deref(), Some("Army then moved east"));
}

#[test]
fn a_repeated_selection_gets_the_words_before_it() {
    assert_eq!(round_trip("Red Army", 0).prefix.as_deref(), None);
    assert_eq!(round_trip("Red Army", 1).prefix.as_deref(), Some("and the"));
}

#[test]
fn white_space_around_a_selection_is_left_out() {
    let start = TEXT.find(" Omsk ").unwrap();
    let quote = TextQuote::from_selection(TEXT, start..start + 6).unwrap();
    assert_eq!(
        quote,
        super::TextQuote {
            start: "Omsk".into(),
            ..Default::default()
        }
    );
    assert_eq!(TextQuote::from_selection(TEXT, 7..8), None);
    assert_eq!(TextQuote::from_selection(TEXT, 0..10_000), None);
}
