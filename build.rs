//! Embeds the seed articles: writes the list of files in seeds/ for
//! `corpus.rs` to include, so that no file name is written in the source.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("manifest dir")).join("seeds");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("seeds folder")
        .map(|e| {
            e.expect("seed entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut code = String::from("&[\n");
    for name in &names {
        let path = dir.join(name);
        code.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push(']');
    let out = Path::new(&env::var("OUT_DIR").expect("out dir")).join("seeds.rs");
    fs::write(out, code).expect("write seed list");
}
