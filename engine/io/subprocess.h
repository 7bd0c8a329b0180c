#pragma once
// Subprocess: a helper program (ffmpeg) fed through a pipe on its standard input. Started from an
// argument vector, never through a shell, so no path or option is ever re-parsed. It runs in its own
// process group, so a Ctrl-C typed at the terminal reaches only us and we decide how it stops.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace touchline {

// Looks for an executable `name` in the directories of `searchPath` (a PATH-style list; the
// environment's PATH when not given). A name with a slash is checked as it is.
std::optional<std::string> findExecutable(const std::string& name,
                                          std::optional<std::string> searchPath = std::nullopt);

class Subprocess {
public:
    // `program` is a path (see findExecutable); `args` follow argv[0]. Its standard output goes to
    // /dev/null; its standard error is kept (the tail of it) for error messages.
    static Result<Subprocess> start(const std::string& program, const std::vector<std::string>& args);

    Subprocess(Subprocess&&) noexcept;
    Subprocess& operator=(Subprocess&&) noexcept;
    ~Subprocess();  // kills the process if it is still running

    // Writes all of `size` bytes to its standard input. Fails (without SIGPIPE) when it has exited.
    Status write(const void* data, std::size_t size);
    // Closes its standard input and waits for it; fails with the last line it printed when it does
    // not exit with status 0.
    Status finish();
    // Stops it at once (SIGKILL) and reaps it.
    void kill();

    const std::string& name() const;

private:
    struct State;
    explicit Subprocess(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace touchline
