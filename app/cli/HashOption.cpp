#include "app/cli/HashOption.h"

#include "app/cli/CliSession.h"
#include "core/store/PropertyHasher.h"
#include "core/store/Workspace.h"

namespace hc::cli {

void addHashOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("hash-properties"),
                      QStringLiteral("Pseudonymise these properties (comma-separated, e.g. email) in this workspace "
                                     "from now on: values are stored as keyed SHA-256 hashes."),
                      QStringLiteral("P,Q")});
}

bool applyHashOption(CliSession& session, int& exitCode)
{
    if (!session.parser().isSet(QStringLiteral("hash-properties")))
        return true;
    const QStringList names = session.parser().value(QStringLiteral("hash-properties")).split(u',', Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        exitCode = session.usageError(QStringLiteral("--hash-properties takes property names separated by commas"));
        return false;
    }
    auto ws = store::Workspace::open(session.dbPath(), store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok()) {
        exitCode = session.fail(ws.error());
        return false;
    }
    if (!store::PropertyHasher::addProperties(*ws.value(), names)) {
        exitCode = session.fail(
            makeError(Error::Code::Database, QStringLiteral("could not record --hash-properties in the workspace")));
        return false;
    }
    return true;
}

} // namespace hc::cli
