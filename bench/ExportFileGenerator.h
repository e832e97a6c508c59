#pragma once

#include <QString>
#include <QtGlobal>

namespace hc::bench {

struct ExportFileSpec {
    qint64 lines = 1000000;
    double malformedShare = 0.001; // lines that are not valid JSON
    double duplicateShare = 0.01;  // exact repeats of an earlier line
    int users = 50000;
    quint64 seed = 1;
    qint64 firstTimeMs = 1700000000000; // events are spread evenly from here
    qint64 spacingMs = 250;
    bool gzip = false;
};

// Writes a Mixpanel raw-export JSONL file shaped like a real one (about 300 bytes a line,
// eight properties) for the import benchmark and the acceptance check of the foundation issue.
bool writeExportFile(const QString& path, const ExportFileSpec& spec);

} // namespace hc::bench
