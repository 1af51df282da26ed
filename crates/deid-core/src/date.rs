//! Calendar dates as they are written: parse a date in any common clinical layout, move it
//! by a number of days, and write it back in exactly the same layout (`3/4/21` stays
//! `M/D/YY`, `March 5th, 2021` stays `Month Dth, YYYY`, `20250314083012` stays an HL7 TS with
//! its time untouched).

/// Month names, full and three-letter.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1-12) a word names (`Mar`, `March`, `Sept`, `MAR.`), if any.
pub fn month_from_word(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u8 + 1)
}

/// True for leap years of the proleptic Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when year/month/day is a real calendar day.
pub fn is_valid(year: i32, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar day `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// How one part of a written date looks, so it can be written again the same way.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Literal(String),
    Year { digits: usize },
    MonthNumber { width: usize },
    MonthName { full: bool, case: Case, dot: bool },
    Day { width: usize, ordinal: Option<Case> },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Case {
    Lower,
    Title,
    Upper,
}

impl Case {
    fn of(word: &str) -> Case {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
            Case::Upper
        } else if letters.first().is_some_and(|c| c.is_uppercase()) {
            Case::Title
        } else {
            Case::Lower
        }
    }

    fn apply(self, word: &str) -> String {
        match self {
            Case::Lower => word.to_ascii_lowercase(),
            Case::Upper => word.to_ascii_uppercase(),
            Case::Title => {
                let mut out = word.to_ascii_lowercase();
                if let Some(first) = out.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                out
            }
        }
    }
}

/// A date as written: its calendar value and its layout.
#[derive(Debug, Clone, PartialEq)]
pub struct WrittenDate {
    /// Year, when written (two-digit years are expanded with a pivot at 30).
    pub year: Option<i32>,
    /// Month 1-12.
    pub month: u8,
    /// Day of month, when written.
    pub day: Option<u8>,
    pieces: Vec<Piece>,
}

impl WrittenDate {
    /// Parse a date in one of the common layouts. Anything after the date (a time, a
    /// timezone) is kept as a literal. Returns `None` for text that is not a valid date.
    pub fn parse(text: &str) -> Option<WrittenDate> {
        parse_compact(text)
            .or_else(|| parse_tokens(text))
            .or_else(|| parse_with_time(text))
    }

    /// The same layout with the calendar day moved by `days`. Dates without a day (month and
    /// year) move by whole months of the shifted first-of-month; dates without a year are
    /// taken in a non-leap year.
    pub fn shifted(&self, days: i64) -> String {
        let year = self.year.unwrap_or(2001);
        let day = self.day.unwrap_or(15);
        let (y, m, d) = civil_from_days(days_from_civil(year, self.month, day) + days);
        self.render(y, m, d)
    }

    /// Write the given calendar day in this layout.
    pub fn render(&self, year: i32, month: u8, day: u8) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Literal(s) => out.push_str(s),
                Piece::Year { digits } => {
                    if *digits == 2 {
                        out.push_str(&format!("{:02}", year.rem_euclid(100)));
                    } else {
                        out.push_str(&format!("{year:04}"));
                    }
                }
                Piece::MonthNumber { width } => out.push_str(&format!("{month:0width$}")),
                Piece::MonthName { full, case, dot } => {
                    let name = MONTHS[usize::from(month - 1)];
                    let name = if *full { name } else { &name[..3] };
                    out.push_str(&case.apply(name));
                    if *dot {
                        out.push('.');
                    }
                }
                Piece::Day { width, ordinal } => {
                    out.push_str(&format!("{day:0width$}"));
                    if let Some(case) = ordinal {
                        out.push_str(&case.apply(ordinal_suffix(day)));
                    }
                }
            }
        }
        out
    }
}

fn ordinal_suffix(day: u8) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn expand_year(digits: &str) -> Option<i32> {
    let value: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(if value <= 30 {
            2000 + value
        } else {
            1900 + value
        }),
        4 if (1800..=2199).contains(&value) => Some(value),
        _ => None,
    }
}

/// `YYYYMMDD`, `YYYYMMDDHHMM[SS[.ffff]][+ZZZZ]` (HL7 TS, DICOM DA/DT), `YYYYMM`.
fn parse_compact(text: &str) -> Option<WrittenDate> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(digits == 6 || digits >= 8) || digits > 14 && !text[digits..].starts_with(['.', '+', '-'])
    {
        return None;
    }
    let year = expand_year(&text[0..4])?;
    let month: u8 = text[4..6].parse().ok()?;
    if digits == 6 {
        if text.len() != 6 || !(1..=12).contains(&month) {
            return None;
        }
        return Some(WrittenDate {
            year: Some(year),
            month,
            day: None,
            pieces: vec![Piece::Year { digits: 4 }, Piece::MonthNumber { width: 2 }],
        });
    }
    let day: u8 = text[6..8].parse().ok()?;
    if !is_valid(year, month, day) {
        return None;
    }
    let rest = &text[8..];
    if !rest.is_empty() && !valid_compact_time(rest) {
        return None;
    }
    let mut pieces = vec![
        Piece::Year { digits: 4 },
        Piece::MonthNumber { width: 2 },
        Piece::Day {
            width: 2,
            ordinal: None,
        },
    ];
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest.to_string()));
    }
    Some(WrittenDate {
        year: Some(year),
        month,
        day: Some(day),
        pieces,
    })
}

fn valid_compact_time(rest: &str) -> bool {
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if !matches!(digits.len(), 2 | 4 | 6) {
        return false;
    }
    let hour: u32 = digits[0..2].parse().unwrap_or(99);
    let minute: u32 = digits
        .get(2..4)
        .map_or(Some(0), |s| s.parse().ok())
        .unwrap_or(99);
    let second: u32 = digits
        .get(4..6)
        .map_or(Some(0), |s| s.parse().ok())
        .unwrap_or(99);
    hour < 24 && minute < 60 && second < 61
}

#[derive(Debug)]
enum Tok<'a> {
    Num(&'a str, Option<&'a str>),
    Word(&'a str),
    Sep(&'a str),
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let num_end = i;
            let mut suffix = None;
            if i + 2 <= bytes.len() {
                let s = &text[i..i + 2];
                if matches!(s.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
                    && bytes.get(i + 2).is_none_or(|b| !b.is_ascii_alphabetic())
                {
                    suffix = Some(s);
                    i += 2;
                }
            }
            toks.push(Tok::Num(&text[start..num_end], suffix));
        } else if bytes[i].is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i < bytes.len() && bytes[i] == b'.' {
                i += 1;
            }
            toks.push(Tok::Word(&text[start..i]));
        } else {
            let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
            i += ch_len;
            while i < bytes.len() && !bytes[i].is_ascii_alphanumeric() {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
            toks.push(Tok::Sep(&text[start..i]));
        }
    }
    toks
}

/// `2021-12-31T23:59:00Z`, `03/04/2021 14:30`: a date followed by a time, kept as written.
fn parse_with_time(text: &str) -> Option<WrittenDate> {
    let cut = text.find(['T', ' '])?;
    let rest = &text[cut..];
    if !rest.contains(':')
        || !text[..cut]
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut date = parse_tokens(&text[..cut])?;
    date.pieces.push(Piece::Literal(rest.to_string()));
    Some(date)
}

/// Layouts with separators: numeric (`3/4/21`, `2022-10-07`, `12.08.2023`, `3/2021`) and
/// with month names (`03-Mar-2022`, `March 5th, 2021`, `the 4th of March`, `Mar 2021`).
fn parse_tokens(text: &str) -> Option<WrittenDate> {
    let toks = tokenize(text);
    // Words other than a month name, "the" and "of" make it something else ("Foo 3, 2020").
    let stray_word = toks.iter().any(|t| {
        matches!(t, Tok::Word(w) if month_from_word(w).is_none()
            && !matches!(w.to_ascii_lowercase().as_str(), "the" | "of"))
    });
    if stray_word {
        return None;
    }
    let month_word = toks
        .iter()
        .position(|t| matches!(t, Tok::Word(w) if month_from_word(w).is_some()));
    let nums: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, Tok::Num(..)))
        .map(|(i, _)| i)
        .collect();
    // Roles of the numeric tokens, by index into `toks`.
    let mut year_at = None;
    let mut month_at = month_word;
    let mut day_at = None;
    let num = |i: usize| match toks[i] {
        Tok::Num(n, _) => n,
        _ => "",
    };
    if month_word.is_some() {
        for &i in &nums {
            let n = num(i);
            if n.len() == 4 && year_at.is_none() {
                year_at = Some(i);
            } else if n.len() <= 2
                && day_at.is_none()
                && n.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
            {
                day_at = Some(i);
            } else if n.len() == 2 && year_at.is_none() {
                year_at = Some(i);
            } else {
                return None;
            }
        }
    } else {
        let seps: Vec<&str> = toks
            .iter()
            .filter_map(|t| match t {
                Tok::Sep(s) => Some(*s),
                _ => None,
            })
            .collect();
        let dotted = seps.first().is_some_and(|s| *s == ".");
        match nums.len() {
            3 => {
                let (a, b, c) = (nums[0], nums[1], nums[2]);
                if num(a).len() == 4 {
                    (year_at, month_at, day_at) = (Some(a), Some(b), Some(c));
                } else {
                    let us = (Some(c), Some(a), Some(b));
                    let eu = (Some(c), Some(b), Some(a));
                    let (first, second) = if dotted { (eu, us) } else { (us, eu) };
                    let fits = |(y, m, d): (Option<usize>, Option<usize>, Option<usize>)| {
                        let y = expand_year(num(y?))?;
                        let m: u8 = num(m?).parse().ok()?;
                        let d: u8 = num(d?).parse().ok()?;
                        is_valid(y, m, d).then_some(())
                    };
                    (year_at, month_at, day_at) =
                        if fits(first).is_some() { first } else { second };
                }
            }
            2 => {
                let (a, b) = (nums[0], nums[1]);
                if num(b).len() == 4 {
                    (month_at, year_at) = (Some(a), Some(b));
                } else if num(a).len() == 4 {
                    (year_at, month_at) = (Some(a), Some(b));
                } else {
                    (month_at, day_at) = (Some(a), Some(b));
                }
            }
            _ => return None,
        }
    }
    let month_at = month_at?;
    let month = match &toks[month_at] {
        Tok::Word(w) => month_from_word(w)?,
        Tok::Num(n, None) if n.len() <= 2 => n.parse().ok()?,
        _ => return None,
    };
    let year = match year_at {
        Some(i) => Some(expand_year(num(i))?),
        None => None,
    };
    let day = match day_at {
        Some(i) => Some(num(i).parse::<u8>().ok()?),
        None => None,
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    if day.is_some_and(|d| !is_valid(year.unwrap_or(2000), month, d)) {
        return None;
    }
    if day.is_none() && year.is_none() {
        return None;
    }
    let pieces = toks
        .iter()
        .enumerate()
        .map(|(i, t)| match t {
            _ if Some(i) == year_at => Piece::Year {
                digits: num(i).len(),
            },
            Tok::Word(w) if i == month_at => Piece::MonthName {
                full: w.trim_end_matches('.').len() > 3
                    && !w.to_ascii_lowercase().starts_with("sept"),
                case: Case::of(w),
                dot: w.ends_with('.'),
            },
            Tok::Num(n, _) if i == month_at => Piece::MonthNumber { width: n.len() },
            Tok::Num(n, suffix) if Some(i) == day_at => Piece::Day {
                width: n.len(),
                ordinal: suffix.map(Case::of),
            },
            Tok::Num(n, s) => Piece::Literal(format!("{n}{}", s.unwrap_or(""))),
            Tok::Word(w) | Tok::Sep(w) => Piece::Literal((*w).to_string()),
        })
        .collect();
    Some(WrittenDate {
        year,
        month,
        day,
        pieces,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shift(text: &str, days: i64) -> String {
        WrittenDate::parse(text)
            .unwrap_or_else(|| panic!("did not parse {text}"))
            .shifted(days)
    }

    #[test]
    fn civil_round_trip() {
        for days in [-800_000i64, -1, 0, 1, 59, 60, 11_000, 20_000, 800_000] {
            let (y, m, d) = civil_from_days(days);
            assert!(is_valid(y, m, d));
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
            2
        );
    }

    #[test]
    fn layouts_are_kept_when_shifting() {
        assert_eq!(shift("3/4/21", 30), "4/3/21");
        assert_eq!(shift("03/04/2021", -4), "02/28/2021");
        assert_eq!(shift("2022-10-07", 1), "2022-10-08");
        assert_eq!(shift("03-Mar-2022", 2), "05-Mar-2022");
        assert_eq!(shift("12.08.2023", 1), "13.08.2023");
        assert_eq!(shift("March 5th, 2021", -4), "March 1st, 2021");
        assert_eq!(shift("Jan 3, 2020", 31), "Feb 3, 2020");
        assert_eq!(shift("the 4th of March", 1), "the 5th of March");
        assert_eq!(shift("20250314083012", 1), "20250315083012");
        assert_eq!(shift("20250314", -14), "20250228");
        assert_eq!(shift("5 MARCH 2021", 30), "4 APRIL 2021");
        assert_eq!(shift("2021-12-31T23:59:00Z", 1), "2022-01-01T23:59:00Z");
    }

    #[test]
    fn calendar_validation_rejects_impossible_dates() {
        for bad in [
            "2/30/2021",
            "13/13/2021",
            "2021-02-29",
            "20250231",
            "00/12/2020",
            "Foo 3, 2020",
            "12345678",
        ] {
            assert!(WrittenDate::parse(bad).is_none(), "{bad}");
        }
        assert!(WrittenDate::parse("2/29/2020").is_some());
        assert_eq!(WrittenDate::parse("25/12/2020").unwrap().month, 12);
    }

    #[test]
    fn months() {
        assert_eq!(month_from_word("Sept."), Some(9));
        assert_eq!(month_from_word("MAR"), Some(3));
        assert_eq!(month_from_word("Ma"), None);
        assert_eq!(month_from_word("marching"), None);
    }
}
