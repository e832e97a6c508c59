#include "tests/support/WorkspaceQuery.h"

#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace hc::test {

QStringList queryColumn(store::Workspace& workspace, const QString& sql)
{
    QStringList out;
    QSqlQuery q(workspace.database());
    if (!q.exec(sql))
        return {QStringLiteral("<error>")};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace hc::test
