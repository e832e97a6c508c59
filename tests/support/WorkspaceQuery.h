#pragma once

#include <QString>
#include <QStringList>

namespace hc::store {
class Workspace;
}

namespace hc::test {

// The first column of every row a query returns, as text; {"<error>"} when it fails.
QStringList queryColumn(store::Workspace& workspace, const QString& sql);

} // namespace hc::test
