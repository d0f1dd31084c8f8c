//! Embeds the web console: every file of the committed bundle `web/dist/` becomes an entry of
//! `FILES` (its path and its bytes, through `include_bytes!`), so the binary serves the console
//! with no Node.js at build or run time. Rebuilding the bundle (`npm run build` in `web/`)
//! re-runs this script.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let dist = manifest.join("../web/dist");
    println!("cargo:rerun-if-changed={}", dist.display());
    let mut files = Vec::new();
    if dist.is_dir() {
        collect(&dist, &dist, &mut files)?;
    }
    files.sort();
    let mut code = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (path, absolute) in files {
        writeln!(code, "    ({path:?}, include_bytes!({absolute:?})),")?;
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("console_files.rs");
    std::fs::write(out, code)?;
    Ok(())
}

/// Every file under `dir`, as (`/relative/path`, absolute path).
fn collect(
    root: &Path,
    dir: &Path,
    files: &mut Vec<(String, String)>,
) -> Result<(), Box<dyn std::error::Error>> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else {
            let relative = path
                .strip_prefix(root)?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let absolute = path.canonicalize()?.to_string_lossy().into_owned();
            files.push((format!("/{relative}"), absolute));
        }
    }
    Ok(())
}
