//! Generates the Greetings client from `spec/greetings.yaml` (and the file it
//! refers to) into `$OUT_DIR/client.rs`, which `src/lib.rs` includes. Cargo
//! runs this again when a file of the spec, this script or the generator
//! changes.

fn main() {
    let settings = codegen::Settings::default();
    if let Err(error) =
        codegen::build::generate_into_out_dir("spec/greetings.yaml", &settings, "client.rs")
    {
        eprintln!("cannot generate the Greetings client: {error}");
        std::process::exit(1);
    }
}
