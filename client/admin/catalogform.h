#pragma once

#include "core/rpcresult.h"
#include "shared/methods.h"

#include <QFrame>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace mq::client {

class FieldErrors;
class ServerConnection;

// What the event, performance and ticket-type forms share: fields with their error labels,
// one request at a time with the form disabled meanwhile, the server's answer shown next to the
// field it names or under the form, and a confirmation before deleting.
class CatalogForm : public QFrame
{
    Q_OBJECT
public:
    explicit CatalogForm(ServerConnection *connection, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // Shows or clears the line under the form (the last outcome, in words).
    void setMessage(const QString &text, bool isError);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void busyChanged(bool busy);
    // The record is gone on the server (deleted elsewhere): the catalog should be reloaded.
    void staleData();

protected:
    using OnSuccess = std::function<void(const QJsonObject &result)>;

    // Adds a row "label / input, with its error label under it"; the label is the input's buddy.
    // `field` is the protocol's field name, which 422 answers name in data.field.
    void addField(QFormLayout *layout, const QString &field, const QString &labelText,
                  QWidget *input);
    QLabel *messageLabel() const { return m_message; }
    // Adds the button row (danger on the left, primary on the right) and the message line.
    QLayout *buttonRow(QPushButton *deleteButton, QPushButton *saveButton);
    // The layout the fields go in, spaced like every catalog form.
    static QFormLayout *newFieldLayout();
    // Heading, fields, then the message line and buttons; `fillHeight` pushes the buttons down.
    void arrange(QLabel *heading, QFormLayout *fields, QPushButton *deleteButton,
                 QPushButton *saveButton, bool fillHeight);

    void request(Method method, const QJsonObject &params, const QString &busyText,
                 const OnSuccess &onSuccess);
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();
    // Asks before deleting; `onConfirmed` runs only after "Delete" is chosen.
    void confirmDelete(const QString &question, const QString &details,
                       const std::function<void()> &onConfirmed);
    // Enables or disables the inputs (not while busy: the request ends with the right state).
    virtual void updateEnabled() = 0;

    ServerConnection *m_connection;
    FieldErrors *m_errors;

private:
    void setBusy(bool busy);
    void showFailure(const RpcResult &result);

    QLabel *m_message;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
};

} // namespace mq::client
