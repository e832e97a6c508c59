#pragma once

#include "core/util/TaskContext.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace hc::ui {

// Runs one view's analysis on the thread pool. A newer request cancels the older one: its
// TaskContext reports cancelled and whatever it returns is dropped, so a view only ever shows
// the result of its latest request. The work returns what to do with its result on the GUI
// thread, so results never need a shared type.
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    using Apply = std::function<void()>;
    using Work = std::function<Apply(TaskContext&)>;

    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    void run(Work work);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    quint64 m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hc::ui
