//! The names of the months and weekdays, as news in each language sco
//! knows writes them: in full, in the grammatical forms a date takes
//! ("4 июля", "4 de julho"), and abbreviated. Each language's list is
//! written once; to add a language, add its lists here.

/// A language's month names, in lower case: each with its month. English
/// names are read only capitalised or in capitals ("May", not "may");
/// the others in any case, as they are written.
pub struct Months {
    pub language: &'static str,
    /// Names in full, and abbreviations that are not also a word of the
    /// language's prose.
    pub names: &'static [(&'static str, u8)],
    /// Abbreviations that are read only after a day's number ("15 set
    /// 2024", not "set 15").
    pub after_a_day: &'static [(&'static str, u8)],
}

pub const MONTHS: &[Months] = &[
    Months {
        language: "en",
        names: &[
            ("january", 1),
            ("february", 2),
            ("march", 3),
            ("april", 4),
            ("may", 5),
            ("june", 6),
            ("july", 7),
            ("august", 8),
            ("september", 9),
            ("october", 10),
            ("november", 11),
            ("december", 12),
            ("jan", 1),
            ("feb", 2),
            ("mar", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("oct", 10),
            ("nov", 11),
            ("dec", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "fr",
        names: &[
            ("janvier", 1),
            ("février", 2),
            ("fevrier", 2),
            ("mars", 3),
            ("avril", 4),
            ("mai", 5),
            ("juin", 6),
            ("juillet", 7),
            ("août", 8),
            ("aout", 8),
            ("septembre", 9),
            ("octobre", 10),
            ("novembre", 11),
            ("décembre", 12),
            ("decembre", 12),
            ("janv", 1),
            ("févr", 2),
            ("avr", 4),
            ("juil", 7),
            ("déc", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "de",
        names: &[
            ("januar", 1),
            ("jänner", 1),
            ("februar", 2),
            ("märz", 3),
            ("maerz", 3),
            ("juni", 6),
            ("juli", 7),
            ("oktober", 10),
            ("dezember", 12),
            ("okt", 10),
            ("dez", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "es",
        names: &[
            ("enero", 1),
            ("febrero", 2),
            ("marzo", 3),
            ("abril", 4),
            ("mayo", 5),
            ("junio", 6),
            ("julio", 7),
            ("agosto", 8),
            ("septiembre", 9),
            ("setiembre", 9),
            ("octubre", 10),
            ("noviembre", 11),
            ("diciembre", 12),
        ],
        after_a_day: &[("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12)],
    },
    Months {
        language: "pt",
        names: &[
            ("janeiro", 1),
            ("fevereiro", 2),
            ("março", 3),
            ("maio", 5),
            ("junho", 6),
            ("julho", 7),
            ("setembro", 9),
            ("outubro", 10),
            ("novembro", 11),
            ("dezembro", 12),
        ],
        after_a_day: &[("fev", 2), ("set", 9), ("out", 10), ("dez", 12)],
    },
    Months {
        language: "it",
        names: &[
            ("gennaio", 1),
            ("febbraio", 2),
            ("aprile", 4),
            ("maggio", 5),
            ("giugno", 6),
            ("luglio", 7),
            ("settembre", 9),
            ("ottobre", 10),
            ("dicembre", 12),
        ],
        after_a_day: &[
            ("gen", 1),
            ("mag", 5),
            ("giu", 6),
            ("lug", 7),
            ("ott", 10),
            ("dic", 12),
        ],
    },
    Months {
        language: "nl",
        names: &[
            ("januari", 1),
            ("februari", 2),
            ("maart", 3),
            ("mei", 5),
            ("april", 4),
            ("juni", 6),
            ("juli", 7),
            ("augustus", 8),
            ("september", 9),
            ("oktober", 10),
            ("november", 11),
            ("december", 12),
        ],
        after_a_day: &[("mrt", 3)],
    },
    Months {
        language: "ru",
        names: &[
            ("января", 1),
            ("февраля", 2),
            ("марта", 3),
            ("апреля", 4),
            ("мая", 5),
            ("июня", 6),
            ("июля", 7),
            ("августа", 8),
            ("сентября", 9),
            ("октября", 10),
            ("ноября", 11),
            ("декабря", 12),
            ("январь", 1),
            ("февраль", 2),
            ("март", 3),
            ("апрель", 4),
            ("май", 5),
            ("июнь", 6),
            ("июль", 7),
            ("август", 8),
            ("сентябрь", 9),
            ("октябрь", 10),
            ("ноябрь", 11),
            ("декабрь", 12),
            ("янв", 1),
            ("фев", 2),
            ("мар", 3),
            ("апр", 4),
            ("авг", 8),
            ("сен", 9),
            ("сент", 9),
            ("окт", 10),
            ("ноя", 11),
            ("нояб", 11),
            ("дек", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "uk",
        names: &[
            ("січня", 1),
            ("лютого", 2),
            ("березня", 3),
            ("квітня", 4),
            ("травня", 5),
            ("червня", 6),
            ("липня", 7),
            ("серпня", 8),
            ("вересня", 9),
            ("жовтня", 10),
            ("листопада", 11),
            ("грудня", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "tr",
        names: &[
            ("ocak", 1),
            ("şubat", 2),
            ("mart", 3),
            ("nisan", 4),
            ("mayıs", 5),
            ("haziran", 6),
            ("temmuz", 7),
            ("ağustos", 8),
            ("eylül", 9),
            ("ekim", 10),
            ("kasım", 11),
            ("aralık", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "pl",
        names: &[
            ("stycznia", 1),
            ("lutego", 2),
            ("marca", 3),
            ("kwietnia", 4),
            ("maja", 5),
            ("czerwca", 6),
            ("lipca", 7),
            ("sierpnia", 8),
            ("września", 9),
            ("października", 10),
            ("listopada", 11),
            ("grudnia", 12),
            ("styczeń", 1),
            ("luty", 2),
            ("marzec", 3),
            ("kwiecień", 4),
            ("czerwiec", 6),
            ("lipiec", 7),
            ("sierpień", 8),
            ("wrzesień", 9),
            ("październik", 10),
            ("grudzień", 12),
        ],
        after_a_day: &[],
    },
    Months {
        language: "cs",
        names: &[
            ("ledna", 1),
            ("února", 2),
            ("března", 3),
            ("dubna", 4),
            ("května", 5),
            ("června", 6),
            ("července", 7),
            ("srpna", 8),
            ("září", 9),
            ("října", 10),
            ("listopadu", 11),
            ("prosince", 12),
        ],
        after_a_day: &[],
    },
];

/// The month `word` names (in the case rules of [`Months`]); `after_a_day`
/// also admits the abbreviations read only after a day's number.
pub fn month(word: &str, after_a_day: bool) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTHS.iter().find_map(|m| {
        let found = m
            .names
            .iter()
            .chain(if after_a_day { m.after_a_day } else { &[] })
            .find(|(name, _)| *name == lower)
            .map(|&(_, n)| n)?;
        // English names must be capitalised or in capitals.
        let cased = m.language != "en"
            || word.chars().next().is_some_and(char::is_uppercase)
                && (word.chars().skip(1).all(char::is_lowercase)
                    || word.chars().all(char::is_uppercase));
        cased.then_some(found)
    })
}

/// Weekday names and abbreviations, in lower case, Monday first, in the
/// languages of [`MONTHS`]: a date line may name the weekday beside its
/// date ("Tue June 11, 2024", "mardi 11 juin 2024").
pub const WEEKDAYS: &[[&str; 7]] = &[
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    ["tues", "weds", "thur", "thurs", "", "", ""],
    [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    [
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ],
    [
        "pazartesi",
        "salı",
        "çarşamba",
        "perşembe",
        "cuma",
        "cumartesi",
        "pazar",
    ],
];

/// The weekday (0 for Monday) `word` names, in any language of
/// [`WEEKDAYS`].
pub fn weekday(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches([',', '.']);
    WEEKDAYS.iter().find_map(|days| {
        days.iter()
            .position(|d| !d.is_empty() && *d == lower)
            .map(|i| i as u8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_months_are_read_capitalised_or_in_capitals_only() {
        assert_eq!(month("June", false), Some(6));
        assert_eq!(month("JUNE", false), Some(6));
        assert_eq!(month("june", false), None);
        assert_eq!(month("may", false), None);
        assert_eq!(month("Junk", false), None);
    }

    #[test]
    fn months_of_other_languages_are_read_in_any_case() {
        assert_eq!(month("juillet", false), Some(7));
        assert_eq!(month("июля", false), Some(7));
        assert_eq!(month("Temmuz", false), Some(7));
        assert_eq!(month("März", false), Some(3));
        assert_eq!(month("junio", false), Some(6));
        assert_eq!(month("OCT", false), Some(10));
    }

    #[test]
    fn short_forms_that_are_words_need_a_day_before_them() {
        assert_eq!(month("set", false), None);
        assert_eq!(month("set", true), Some(9));
        assert_eq!(month("out", true), Some(10));
    }

    #[test]
    fn every_month_name_is_in_lower_case_and_listed_once_a_language() {
        for m in MONTHS {
            let mut seen = std::collections::HashSet::new();
            for (name, n) in m.names.iter().chain(m.after_a_day) {
                assert_eq!(*name, name.to_lowercase(), "{}", m.language);
                assert!((1..=12).contains(n));
                assert!(seen.insert(*name), "{}: {name} twice", m.language);
            }
        }
    }

    #[test]
    fn weekdays_are_read_in_several_languages() {
        assert_eq!(weekday("Tue"), Some(1));
        assert_eq!(weekday("mardi"), Some(1));
        assert_eq!(weekday("Dienstag,"), Some(1));
        assert_eq!(weekday("June"), None);
    }
}
