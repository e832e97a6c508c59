#pragma once

class QCommandLineParser;

namespace hc::cli {

class CliSession;

// `--hash-properties P,Q` of import and sync: pseudonymise those properties in this workspace
// from now on (store::PropertyHasher).
void addHashOption(QCommandLineParser& parser);
// Records the option's names in the workspace (creating it when missing); false after a failure,
// with the exit code in `exitCode`.
bool applyHashOption(CliSession& session, int& exitCode);

} // namespace hc::cli
