/// How the app is coloured (`--theme`, the T key, the operator file). The
/// painter (`ui`) turns it and each text's role into styles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Default,
    /// White on black, bold, bright colours: projectors in bright rooms.
    HighContrast,
    /// No colour at all (also chosen by `NO_COLOR`).
    Monochrome,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Default, Theme::HighContrast, Theme::Monochrome];

    pub fn name(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrast => "high-contrast",
            Theme::Monochrome => "monochrome",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn next(self) -> Theme {
        let at = Theme::ALL.iter().position(|&t| t == self).unwrap_or(0);
        Theme::ALL[(at + 1) % Theme::ALL.len()]
    }
}
