#pragma once

#include <QFrame>

#include <optional>
#include <vector>

namespace hc::ui {

// One KPI: label, value, and while comparing its change against the previous period (green up,
// red down, with an arrow so colour is never the only cue), plus a sparkline of its daily values
// drawn from zero, so a flat line is not blown up into a cliff. Clickable.
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString& id, QWidget* parent = nullptr);

    QString id() const { return m_id; }
    struct Change {
        double direction = 0; // > 0 up, < 0 down, 0 flat
        QString text;         // "+12.5%", "−1.2 pp", or why there is none
        QString previous;     // the previous period's value, formatted
        QString range;        // the previous period's days
    };
    // No change: the card shows the value and its sparkline only (not comparing).
    void setContent(const QString& label, const QString& value, std::optional<Change> change, bool higherIsBetter);
    void setSparkline(std::vector<double> values);
    QString valueText() const { return m_value; }
    // What a click (or Enter) opens, in words for the tooltip; a card without one is not clickable.
    void setClickHint(const QString& hint);
    QString changeText() const;

    QSize sizeHint() const override { return {190, 84}; }

Q_SIGNALS:
    void clicked(const QString& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_id;
    QString m_label;
    QString m_hint;
    QString m_value;
    std::optional<Change> m_change;
    bool m_higherIsBetter = true;
    std::vector<double> m_spark;
};

} // namespace hc::ui
