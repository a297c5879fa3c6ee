//! The languages Roster's pages and emails are written in, and how a request's language is
//! chosen among them.

use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// A language of Roster's own interface. The workspace's language setting lists more (the
/// languages its flows and messages may use); those outside this list fall back to
/// Accept-Language or English here.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, VariantArray,
)]
pub enum Locale {
    #[default]
    English,
    Spanish,
    French,
    BrazilianPortuguese,
    Russian,
    Czech,
    Mongolian,
    Arabic,
    Kiswahili,
}

impl Locale {
    /// The BCP 47 tag: the catalogue's folder, `<html lang>`, and what the database keeps.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::English => "en",
            Locale::Spanish => "es",
            Locale::French => "fr",
            Locale::BrazilianPortuguese => "pt-BR",
            Locale::Russian => "ru",
            Locale::Czech => "cs",
            Locale::Mongolian => "mn",
            Locale::Arabic => "ar",
            Locale::Kiswahili => "sw",
        }
    }

    /// The language's name in itself, so that a reader finds theirs in a list written in
    /// a language they may not read.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::English => "English",
            Locale::Spanish => "Español",
            Locale::French => "Français",
            Locale::BrazilianPortuguese => "Português (Brasil)",
            Locale::Russian => "Русский",
            Locale::Czech => "Čeština",
            Locale::Mongolian => "Монгол",
            Locale::Arabic => "العربية",
            Locale::Kiswahili => "Kiswahili",
        }
    }

    /// `<html dir>`: Arabic is written right to left and its pages mirror.
    pub const fn direction(self) -> &'static str {
        match self {
            Locale::Arabic => "rtl",
            _ => "ltr",
        }
    }

    /// Its place in [`Locale::VARIANTS`], for tables built once per language.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The language of exactly this tag, as [`Locale::tag`] writes it.
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::VARIANTS
            .iter()
            .copied()
            .find(|locale| locale.tag() == tag)
    }

    /// The interface language for a workspace language code (`pt` means Brazilian
    /// Portuguese here); `None` for the workspace languages Roster is not written in.
    pub fn for_workspace_language(code: &str) -> Option<Self> {
        match code {
            "pt" => Some(Locale::BrazilianPortuguese),
            other => Self::from_tag(other),
        }
    }
}

/// The best of Roster's languages for an `Accept-Language` header, by the browser's order
/// of preference; a region falls back to its language (`fr-CA` reads French) and Portuguese
/// of any region reads Brazilian Portuguese.
#[cfg(feature = "ssr")]
pub fn negotiate(accept_language: &str) -> Option<Locale> {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    use std::sync::LazyLock;
    static AVAILABLE: LazyLock<Vec<fluent_templates::LanguageIdentifier>> = LazyLock::new(|| {
        Locale::VARIANTS
            .iter()
            .filter_map(|locale| locale.tag().parse().ok())
            .collect()
    });
    let requested: Vec<fluent_templates::LanguageIdentifier> =
        accept_language::parse(accept_language)
            .iter()
            .filter_map(|tag| tag.parse().ok())
            .collect();
    let best = negotiate_languages(&requested, &AVAILABLE, None, NegotiationStrategy::Lookup);
    best.first()
        .and_then(|tag| Locale::from_tag(&tag.to_string()))
}

/// What decides a request's language, first to last: the person's own choice, then (signed
/// out) the language picked on the sign-in pages, then the browser's preference, then the
/// workspace's language; English when none of them is one of Roster's.
#[derive(Debug, Default, Clone, Copy)]
pub struct LanguageClues<'a> {
    pub chosen: Option<&'a str>,
    pub picked_in_browser: Option<&'a str>,
    pub accept_language: Option<&'a str>,
    pub workspace_language: Option<&'a str>,
}

#[cfg(feature = "ssr")]
impl Locale {
    /// The language of an email to someone who is not the one asking for it: their own
    /// choice, else the workspace's. No browser is there to ask.
    pub fn for_mail(chosen: Option<&str>, workspace_language: Option<&str>) -> Self {
        LanguageClues {
            chosen,
            workspace_language,
            ..LanguageClues::default()
        }
        .decide()
    }

    /// The person's own choice, else `otherwise`: for an email to the person who is asking
    /// for it, `otherwise` being the language of the page they ask from.
    pub fn chosen_or(chosen: Option<&str>, otherwise: Locale) -> Self {
        chosen.and_then(Locale::from_tag).unwrap_or(otherwise)
    }
}

#[cfg(feature = "ssr")]
impl LanguageClues<'_> {
    pub fn decide(&self) -> Locale {
        self.chosen
            .and_then(Locale::from_tag)
            .or_else(|| self.picked_in_browser.and_then(Locale::from_tag))
            .or_else(|| self.accept_language.and_then(negotiate))
            .or_else(|| {
                self.workspace_language
                    .and_then(Locale::for_workspace_language)
            })
            .unwrap_or_default()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn each_locale_knows_its_place_in_the_list() {
        for (place, locale) in Locale::VARIANTS.iter().enumerate() {
            assert_eq!(locale.index(), place);
        }
    }

    #[test]
    fn tags_read_back_as_their_locale() {
        for locale in Locale::VARIANTS {
            assert_eq!(Locale::from_tag(locale.tag()), Some(*locale));
        }
        assert_eq!(Locale::from_tag("pt"), None);
        assert_eq!(Locale::from_tag("EN"), None);
    }

    #[test]
    fn the_browser_order_decides_and_regions_fall_back_to_their_language() {
        let cases = [
            ("fr-CA,fr;q=0.9,en;q=0.8", Some(Locale::French)),
            ("de-DE,de;q=0.9,es;q=0.5", Some(Locale::Spanish)),
            ("pt-PT", Some(Locale::BrazilianPortuguese)),
            ("pt", Some(Locale::BrazilianPortuguese)),
            ("ar-EG,ar;q=0.9", Some(Locale::Arabic)),
            ("sw-KE", Some(Locale::Kiswahili)),
            ("en;q=0.1,ru;q=0.9", Some(Locale::Russian)),
            ("de, it", None),
            ("", None),
            ("*", None),
        ];
        for (header, expected) in cases {
            assert_eq!(negotiate(header), expected, "{header}");
        }
    }

    #[test]
    fn a_choice_beats_the_browser_which_beats_the_workspace() {
        let mut clues = LanguageClues {
            chosen: Some("cs"),
            picked_in_browser: Some("es"),
            accept_language: Some("fr"),
            workspace_language: Some("ru"),
        };
        assert_eq!(clues.decide(), Locale::Czech);
        clues.chosen = None;
        assert_eq!(clues.decide(), Locale::Spanish);
        clues.picked_in_browser = None;
        assert_eq!(clues.decide(), Locale::French);
        clues.accept_language = Some("de");
        assert_eq!(clues.decide(), Locale::Russian);
        clues.workspace_language = Some("pt");
        assert_eq!(clues.decide(), Locale::BrazilianPortuguese);
        clues.workspace_language = Some("ha");
        assert_eq!(clues.decide(), Locale::English);
        clues.chosen = Some("xx");
        assert_eq!(clues.decide(), Locale::English);
    }
}
