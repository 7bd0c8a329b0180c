#include "io/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>

extern char** environ;

namespace touchline {

namespace {

std::string lastLine(const std::string& text) {
    std::size_t end = text.find_last_not_of(" \t\r\n");
    if (end == std::string::npos) return {};
    std::size_t start = text.rfind('\n', end);
    start = start == std::string::npos ? 0 : start + 1;
    return text.substr(start, end - start + 1);
}

bool isExecutableFile(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// Writing to a pipe whose reader has gone raises SIGPIPE, which would kill the whole program. Block
// it on this thread for the duration of a write, and swallow the one the write raised, so the write
// simply fails with EPIPE; the process-wide disposition of SIGPIPE is left alone.
class SigpipeGuard {
public:
    SigpipeGuard() {
        sigemptyset(&pipeOnly_);
        sigaddset(&pipeOnly_, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        alreadyPending_ = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &pipeOnly_, &previous_);
    }
    ~SigpipeGuard() {
        if (raised_ && !alreadyPending_) {
            const timespec zero{0, 0};
            while (sigtimedwait(&pipeOnly_, nullptr, &zero) < 0 && errno == EINTR) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    void raised() { raised_ = true; }

private:
    sigset_t pipeOnly_{};
    sigset_t previous_{};
    bool alreadyPending_ = false;
    bool raised_ = false;
};

}  // namespace

std::optional<std::string> findExecutable(const std::string& name, std::optional<std::string> searchPath) {
    if (name.empty()) return std::nullopt;
    if (name.find('/') != std::string::npos) {
        return isExecutableFile(name) ? std::optional<std::string>(name) : std::nullopt;
    }
    if (!searchPath) {
        const char* env = std::getenv("PATH");
        searchPath = env ? env : "/usr/bin:/bin";
    }
    std::size_t start = 0;
    while (start <= searchPath->size()) {
        std::size_t end = searchPath->find(':', start);
        if (end == std::string::npos) end = searchPath->size();
        std::string dir = searchPath->substr(start, end - start);
        if (!dir.empty()) {  // an empty entry would mean the current directory: not for a helper program
            std::string candidate = dir + (dir.back() == '/' ? "" : "/") + name;
            if (isExecutableFile(candidate)) return candidate;
        }
        start = end + 1;
    }
    return std::nullopt;
}

struct Subprocess::State {
    std::string name;
    pid_t pid = -1;
    int input = -1;  // our end of its standard input
    std::thread errorReader;
    std::mutex errorMutex;
    std::string errorTail;  // the last few KB it printed on standard error

    void closeInput() {
        if (input >= 0) ::close(input);
        input = -1;
    }
    // Returns the wait status, or -1.
    int reap() {
        if (pid < 0) return -1;
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0) {
            if (errno != EINTR) {
                status = -1;
                break;
            }
        }
        pid = -1;
        if (errorReader.joinable()) errorReader.join();
        return status;
    }
    std::string errorText() {
        std::lock_guard lock(errorMutex);
        return lastLine(errorTail);
    }
    ~State() {
        closeInput();
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            reap();
        }
        if (errorReader.joinable()) errorReader.join();
    }
};

Subprocess::Subprocess(std::unique_ptr<State> state) : state_(std::move(state)) {}
Subprocess::Subprocess(Subprocess&&) noexcept = default;
Subprocess& Subprocess::operator=(Subprocess&&) noexcept = default;
Subprocess::~Subprocess() = default;

const std::string& Subprocess::name() const { return state_->name; }

Result<Subprocess> Subprocess::start(const std::string& program, const std::vector<std::string>& args) {
    auto state = std::make_unique<State>();
    state->name = std::filesystem::path(program).filename().string();
    int in[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(in, O_CLOEXEC) != 0) return Error{"cannot start " + state->name + ": " + std::strerror(errno)};
    if (::pipe2(err, O_CLOEXEC) != 0) {
        const int saved = errno;
        ::close(in[0]);
        ::close(in[1]);
        return Error{"cannot start " + state->name + ": " + std::strerror(saved)};
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group (Ctrl-C reaches only us), default signal handling and an empty mask,
    // whatever this process or thread has set up.
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(in[0]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(in[1]);
        ::close(err[0]);
        return Error{"cannot start " + program + ": " + std::strerror(spawned)};
    }
    state->pid = pid;
    state->input = in[1];
#ifdef F_SETPIPE_SZ
    // A frame is megabytes; a larger pipe buffer means fewer wake-ups of both sides per frame. Best
    // effort: the system's limit may refuse it, and the default still works.
    (void)::fcntl(in[1], F_SETPIPE_SZ, 1 << 20);
#endif
    State* raw = state.get();
    // Drain its standard error so it never blocks on a full pipe while we block writing to it.
    state->errorReader = std::thread([raw, fd = err[0]] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            std::lock_guard lock(raw->errorMutex);
            raw->errorTail.append(buffer, static_cast<std::size_t>(n));
            if (raw->errorTail.size() > 8192) raw->errorTail.erase(0, raw->errorTail.size() - 4096);
        }
        ::close(fd);
    });
    return Subprocess(std::move(state));
}

Status Subprocess::write(const void* data, std::size_t size) {
    if (!state_) return Error{"no process to write to"};
    if (state_->input < 0) return Error{state_->name + " is not accepting input"};
    SigpipeGuard guard;
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(state_->input, bytes, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EPIPE) {
                guard.raised();
                // It stopped reading: it has exited or is about to. Its own words say why.
                state_->closeInput();
                const int status = state_->reap();
                std::string why = state_->errorText();
                if (why.empty()) {
                    why = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                            : "stopped unexpectedly";
                }
                return Error{state_->name + " failed: " + why};
            }
            return Error{"cannot write to " + state_->name + ": " + std::strerror(errno)};
        }
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return success();
}

Status Subprocess::finish() {
    if (!state_) return Error{"no process to finish"};
    state_->closeInput();
    if (state_->pid < 0) return Error{state_->name + " has already stopped"};
    const int status = state_->reap();
    if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) return success();
    std::string why = state_->errorText();
    if (why.empty()) {
        why = status >= 0 && WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
              : status >= 0 && WIFSIGNALED(status) ? std::string("killed by signal ") + strsignal(WTERMSIG(status))
                                                   : "stopped unexpectedly";
    }
    return Error{state_->name + " failed: " + why};
}

void Subprocess::kill() {
    if (!state_) return;
    state_->closeInput();
    if (state_->pid > 0) {
        ::kill(state_->pid, SIGKILL);
        state_->reap();
    }
}

}  // namespace touchline
