#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace hc::ui {

// Notes on days ("Pricing page launched"), kept in the workspace's settings as JSON so they
// travel with the workspace file. Reads and writes open their own connection (worker threads).
struct Annotation {
    QDate date;
    QString text;
};

class Annotations {
public:
    static QList<Annotation> load(const QString& workspacePath);
    static bool add(const QString& workspacePath, const Annotation& annotation);
};

} // namespace hc::ui
