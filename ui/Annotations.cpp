#include "ui/Annotations.h"

#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::ui {

namespace {

const QString kKey = QStringLiteral("annotations");

QList<Annotation> parse(const QString& json)
{
    QList<Annotation> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QDate d = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (d.isValid())
            out.append(Annotation{d, o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

} // namespace

QList<Annotation> Annotations::load(const QString& workspacePath)
{
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    return ws.ok() ? parse(ws.value()->setting(kKey)) : QList<Annotation>();
}

bool Annotations::add(const QString& workspacePath, const Annotation& annotation)
{
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return false;
    QJsonArray all = QJsonDocument::fromJson(ws.value()->setting(kKey).toUtf8()).array();
    all.append(QJsonObject{{QStringLiteral("date"), annotation.date.toString(Qt::ISODate)},
                           {QStringLiteral("text"), annotation.text}});
    return ws.value()->setSetting(kKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))).ok();
}

} // namespace hc::ui
