#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;

namespace hc::ui {

class MainWindow;

// Ctrl+K: one box to reach everything by typing a few letters of it — every view, every menu
// command, the saved views and the cohorts (as a filter). Words match in any order; Enter runs
// the highlighted entry, the arrows move, Escape closes.
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    explicit CommandPalette(MainWindow& window);

    QLineEdit* search() const { return m_search; }
    QListWidget* list() const { return m_list; }
    // Runs the highlighted entry and closes (what Enter does).
    void runCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void add(const QString& text, const QString& kind, std::function<void()> run);
    void refilter(const QString& text);

    QLineEdit* m_search;
    QListWidget* m_list;
    std::vector<std::function<void()>> m_runs;
};

} // namespace hc::ui
