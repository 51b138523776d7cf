//! An operator's contacts as the rows of a spreadsheet (`contacts_file` in
//! the operator file): a long list kept in a spreadsheet and saved as CSV
//! or TSV. Its columns are the keys of a `[[contacts]]` table, one contact
//! a row. TOML takes 40 ms to read 5,000 contacts; rows read in a tenth of
//! that (issue 32).
//!
//! The contacts are checked as the operator file's are
//! ([`super::ContactValidator`]); here only the table's shape is: which
//! columns there are, how many cells a row has, what `non_emergency` says,
//! and that no cell holds a control character.

use std::collections::BTreeMap;

use toml::Spanned;

use super::RawContact;
use crate::content::ContentError;

/// The columns a row may have besides `description.<code>`, in the order
/// the docs list them.
pub const COLUMNS: &[(&str, Column)] = &[
    ("id", Column::Id),
    ("name", Column::Name),
    ("kinds", Column::Kinds),
    ("regions", Column::Regions),
    ("phone", Column::Phone),
    ("web", Column::Web),
    ("cities", Column::Cities),
    ("languages", Column::Languages),
    ("hours", Column::Hours),
    ("non_emergency", Column::NonEmergency),
];

/// The columns every file must have.
const REQUIRED: &[&str] = &["id", "name", "kinds", "regions", "description.en"];

/// Where a column's cells go: the key of `[[contacts]]` it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Id,
    Name,
    Kinds,
    Regions,
    Phone,
    Web,
    Cities,
    Languages,
    Hours,
    NonEmergency,
    /// `description.<code>` (the code is checked with the contact).
    Description,
}

/// Gives each contact of a CSV or TSV file to `contact`, as a
/// `[[contacts]]` table would give it, pointing at its row's line; returns
/// the errors of the rows left out, naming file, line and column. One at a
/// time: 5,000 rows read into a list first took 2.3 MB more to start.
pub fn read(file: &str, text: &str, mut contact: impl FnMut(RawContact)) -> Vec<ContentError> {
    let error = |line: usize, field: &str, message: String| ContentError {
        file: file.into(),
        line,
        field: field.into(),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|name| name.trim().to_owned()).collect(),
        Err(e) => return vec![error(1, "columns", e.to_string())],
    };
    let mut errors = Vec::new();
    let columns = columns(&header, &mut |message| errors.push(error(1, "columns", message)));
    for missing in REQUIRED.iter().filter(|&&name| !header.iter().any(|h| h == name)) {
        let message = format!("missing column `{missing}`: every contact needs one");
        errors.push(error(1, "columns", message));
    }
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                errors.push(error(line, "row", e.to_string()));
                break;
            }
        }
        let (at, line) =
            record.position().map_or((0, 0), |p| (p.byte() as usize, p.line() as usize));
        // A spreadsheet saves its empty rows as rows of empty cells.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > header.len() {
            let message = format!(
                "{} cells, but the first line names {} columns",
                record.len(),
                header.len()
            );
            errors.push(error(line, "row", message));
            continue;
        }
        let before = errors.len();
        let mut row = Row::new(at);
        // Cells are trimmed here, not by the reader, which copies each row
        // to trim it.
        for ((cell, column), name) in record.iter().map(str::trim).zip(&columns).zip(&header) {
            if let Some(message) = crate::content::unprintable_value(cell) {
                errors.push(error(line, name, message));
                continue;
            }
            if let Some(column) = column
                && let Err(message) = row.set(*column, name, cell)
            {
                errors.push(error(line, name, message));
            }
        }
        if errors.len() == before {
            contact(row.contact);
        }
        // Enough to see what is wrong; a wrong file could have thousands.
        if errors.len() >= 100 {
            break;
        }
    }
    errors
}

/// Tab if the first line has one, else comma, else semicolon (as
/// spreadsheets save CSV where the comma is the decimal sign): column
/// names hold none of them.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b'\t', b',', b';'].into_iter().find(|&d| first.contains(d as char)).unwrap_or(b',')
}

/// Each header cell's column; `error` is told of each unknown or
/// repeated one.
fn columns(header: &[String], error: &mut dyn FnMut(String)) -> Vec<Option<Column>> {
    let mut columns = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let shown = crate::text::printable(name);
        let column = COLUMNS.iter().find(|(key, _)| key == name).map(|&(_, column)| column);
        let description = name.strip_prefix("description.").is_some_and(|code| !code.is_empty());
        let column = column.or(description.then_some(Column::Description));
        if column.is_none() {
            let valid: Vec<&str> = COLUMNS.iter().map(|(key, _)| *key).collect();
            error(format!(
                "unknown column `{shown}`; valid: {}, description.en, description.es …",
                valid.join(", ")
            ));
        }
        if header[..i].contains(name) {
            error(format!("`{shown}` is a column twice"));
        }
        columns.push(column);
    }
    columns
}

/// One row becoming a contact.
struct Row {
    contact: RawContact,
    at: usize,
}

impl Row {
    fn new(at: usize) -> Row {
        let empty = || Spanned::new(at..at, String::new());
        Row {
            at,
            contact: RawContact {
                id: empty(),
                name: empty(),
                kinds: Vec::new(),
                regions: Vec::new(),
                phone: None,
                web: None,
                cities: Vec::new(),
                languages: Vec::new(),
                hours: None,
                non_emergency: false,
                source: None,
                source_kind: None,
                seen: None,
                description: None,
            },
        }
    }

    fn spanned(&self, text: &str) -> Spanned<String> {
        Spanned::new(self.at..self.at, text.to_owned())
    }

    /// A list in one cell: its items between commas.
    fn list(&self, cell: &str) -> Vec<Spanned<String>> {
        cell.split(',').map(str::trim).filter(|s| !s.is_empty()).map(|s| self.spanned(s)).collect()
    }

    /// Puts `cell` (of the column named `name`) in the contact. An empty
    /// cell is a key not written.
    fn set(&mut self, column: Column, name: &str, cell: &str) -> Result<(), String> {
        if cell.is_empty() {
            return Ok(());
        }
        match column {
            Column::Description => {
                let code = name.strip_prefix("description.").unwrap_or(name).to_owned();
                let at = self.at;
                let map = self
                    .contact
                    .description
                    .get_or_insert_with(|| Spanned::new(at..at, BTreeMap::new()));
                map.get_mut().insert(code, cell.to_owned());
            }
            Column::Id => self.contact.id = self.spanned(cell),
            Column::Name => self.contact.name = self.spanned(cell),
            Column::Kinds => self.contact.kinds = self.list(cell),
            Column::Regions => self.contact.regions = self.list(cell),
            Column::Phone => self.contact.phone = Some(self.spanned(cell)),
            Column::Web => self.contact.web = Some(self.spanned(cell)),
            Column::Cities => self.contact.cities = self.list(cell),
            Column::Languages => self.contact.languages = self.list(cell),
            Column::Hours => self.contact.hours = Some(cell.to_owned()),
            Column::NonEmergency => {
                self.contact.non_emergency = match cell.to_ascii_lowercase().as_str() {
                    "true" | "yes" => true,
                    "false" | "no" => false,
                    _ => {
                        let shown = crate::text::printable(cell);
                        return Err(format!("`{shown}`: write true, false, or nothing"));
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contacts of `text` and its errors.
    fn read_all(text: &str) -> (Vec<RawContact>, Vec<ContentError>) {
        let mut contacts = Vec::new();
        let errors = read("c.csv", text, |c| contacts.push(c));
        (contacts, errors)
    }

    fn errors(text: &str) -> Vec<String> {
        read_all(text).1.iter().map(ToString::to_string).collect()
    }

    const HEADER: &str = "id,name,kinds,regions,description.en\n";

    #[test]
    fn a_row_is_a_contact_whatever_the_spreadsheet_saved() {
        let comma = "\u{FEFF}id,name,kinds,regions,phone,description.en,description.es\n\
                     clinic,\"Clinic, \"\"East\"\"\",\"legal, community\",oregon,,Free help,Ayuda\n";
        let tab = "id\tname\tkinds\tregions\tphone\tdescription.en\tdescription.es\n\
                   clinic\tClinic, \"East\"\tlegal,community\toregon\t\tFree help\tAyuda\n";
        let semicolon = " id ; name;kinds;regions;phone;description.en;description.es\r\n\
                         clinic;Clinic, \"East\" ;legal , community;oregon;;Free help;Ayuda\r\n";
        for text in [comma, tab, semicolon] {
            let (contacts, errors) = read_all(text);
            assert!(errors.is_empty(), "{errors:?}");
            let [c] = &contacts[..] else { panic!("{contacts:?}") };
            assert_eq!(c.id.get_ref(), "clinic");
            assert_eq!(c.name.get_ref(), "Clinic, \"East\"");
            let kinds: Vec<&str> = c.kinds.iter().map(|k| k.get_ref().as_str()).collect();
            assert_eq!(kinds, ["legal", "community"]);
            assert_eq!(c.phone, None, "an empty cell is a key not written");
            let descriptions = c.description.as_ref().unwrap().get_ref();
            assert_eq!(descriptions.get("es").map(String::as_str), Some("Ayuda"));
            assert_eq!(descriptions.get("en").map(String::as_str), Some("Free help"));
        }
    }

    #[test]
    fn every_row_points_at_its_own_line() {
        // A quoted cell over two lines, and an empty row between.
        let text = format!("{HEADER}a,\"A\nA\",legal,oregon,x\n\n,,,,\nb,B,legal,oregon,y\n");
        let (contacts, errors) = read_all(&text);
        let lines = crate::i18n::LineIndex::new(&text);
        let at: Vec<usize> = contacts.iter().map(|c| lines.line(c.id.span().start)).collect();
        assert_eq!(at, [6]);
        // The newline in a name is a control character: its row is left out.
        let [error] = &errors[..] else { panic!("{errors:?}") };
        assert!(
            error.to_string().starts_with("c.csv:2: name: `A\u{FFFD}A` holds a control"),
            "{error}"
        );
        let (_, errors) = read_all(&format!("{HEADER}a,A\u{1b}[2J,legal,oregon,x\n"));
        let [error] = &errors[..] else { panic!("{errors:?}") };
        assert!(error.to_string().starts_with("c.csv:2: name: `A"), "{error}");
        assert!(!error.to_string().contains('\u{1b}'), "{error}");
    }

    #[test]
    fn a_wrong_table_says_which_line_and_column() {
        let text = "id,name,name,kind,regions,non_emergency\n\
                    a,A,A,legal,oregon,maybe\n\
                    b,B,B,legal,oregon,yes,extra\n";
        assert_eq!(
            errors(text),
            [
                "c.csv:1: columns: `name` is a column twice",
                "c.csv:1: columns: unknown column `kind`; valid: id, name, kinds, regions, phone, \
                 web, cities, languages, hours, non_emergency, description.en, description.es …",
                "c.csv:1: columns: missing column `kinds`: every contact needs one",
                "c.csv:1: columns: missing column `description.en`: every contact needs one",
                "c.csv:2: non_emergency: `maybe`: write true, false, or nothing",
                "c.csv:3: row: 7 cells, but the first line names 6 columns",
            ]
        );
        assert_eq!(errors(""), errors("\n"), "an empty file has no columns");
        assert_eq!(errors("").len(), REQUIRED.len());
    }

    #[test]
    fn a_hostile_file_stops_at_a_hundred_errors() {
        let rows = "a,A,legal,oregon,\u{7}\n".repeat(10_000);
        let errors = errors(&format!("{HEADER}{rows}"));
        assert_eq!(errors.len(), 100);
        assert!(errors.iter().all(|e| !e.contains('\u{7}')), "no bell reaches the terminal");
    }
}
