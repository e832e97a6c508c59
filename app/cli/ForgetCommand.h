#pragma once

#include <QStringList>

namespace hc::cli {

// `forget --db D --user ID`: removes one user's events, profile and quarantined lines, rewrites
// the column file, vacuums, and logs an audit entry without the id.
int runForgetCommand(const QStringList& args);

} // namespace hc::cli
