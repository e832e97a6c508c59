#pragma once

#include <QFrame>

#include <optional>
#include <vector>

namespace hc::ui {

// One KPI: label, value, change against the previous period (green up, red down, with an
// arrow so colour is never the only cue) and a sparkline of its daily values. Clickable.
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString& id, QWidget* parent = nullptr);

    QString id() const { return m_id; }
    void setContent(const QString& label, const QString& value, std::optional<double> change, const QString& previous,
                    bool higherIsBetter);
    void setSparkline(std::vector<double> values);
    QString valueText() const { return m_value; }
    QString changeText() const;

    QSize sizeHint() const override { return {210, 118}; }

Q_SIGNALS:
    void clicked(const QString& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_id;
    QString m_label;
    QString m_value;
    QString m_previous;
    std::optional<double> m_change;
    bool m_higherIsBetter = true;
    std::vector<double> m_spark;
};

} // namespace hc::ui
