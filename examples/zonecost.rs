//! Parses the first N files of a folder at list depth, for instruction counts.
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let texts: Vec<String> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .take(n)
        .collect();
    for t in &texts {
        std::hint::black_box(sco::parse::parse_summary("", "", t.as_str()));
    }
}
