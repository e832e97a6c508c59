// Opening a workspace file: anything that is not a workspace of this or an older version is
// refused with a message; one that opens loads its events or says why it cannot.
#include "FuzzSupport.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/Workspace.h"

#include <QFile>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    hc::fuzz::ensureApplication();
    const QString path = hc::fuzz::writeScratchFile(data, size, ".hcw");
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto workspace = hc::store::Workspace::open(path, hc::store::Workspace::OpenMode::MustExist);
    if (!workspace.ok()) {
        if (workspace.error().message.isEmpty())
            std::abort();
        return 0;
    }
    hc::TaskContext& context = hc::TaskContext::none();
    const auto dataset = hc::dataset::loadDataset(*workspace.value(), context);
    if (!dataset.ok() && dataset.error().message.isEmpty())
        std::abort();
    return 0;
}
