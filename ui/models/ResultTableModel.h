#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace hc::ui {

// Base of the read-only tables over one analysis result: the subclass keeps the result value
// (charts and exports read it from there) and says what each cell shows. Display text is
// formatted for people; ValueRole gives the raw number or text behind a cell.
class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 100 };

    explicit ResultTableModel(QStringList headers, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;

protected:
    // The cell's text (DisplayRole) and raw value (ValueRole); numbers are right-aligned.
    virtual QString text(int row, int column) const = 0;
    virtual QVariant value(int row, int column) const = 0;
    virtual bool isNumeric(int column) const { return column > 0; }
    void setHeaders(const QStringList& headers) { m_headers = headers; }

private:
    QStringList m_headers;
};

} // namespace hc::ui
