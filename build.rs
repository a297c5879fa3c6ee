//! The translation catalogues (`locales/`) are compiled into the program. Cargo notices a
//! changed catalogue file by itself; this makes it notice an added or removed one too.
fn main() {
    println!("cargo::rerun-if-changed=locales");
}
