//! The real server as a process of its own, for tests that must kill it (`SIGKILL`) or signal
//! it: settings come from `SKUPAJ_*` variables as for `skupaj serve`; the database must exist
//! and be migrated. Prints the port it listens on as its first line.

use std::io::Write;

use skupaj_api::{Application, Settings, telemetry};

fn main() -> anyhow::Result<()> {
    skupaj_api::runtime::main_runtime()?.block_on(serve())
}

async fn serve() -> anyhow::Result<()> {
    let settings = Settings::load(None)?;
    telemetry::init(&settings.log_filter, settings.log_format);
    let application = Application::build(settings).await?;
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{}", application.port())?;
        stdout.flush()?;
    }
    application.run_until_stopped().await?;
    Ok(())
}
