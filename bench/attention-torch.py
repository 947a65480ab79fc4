# PyTorch twin of the lab's attention trainer step (src/lib/sim/archs/attention-train.ts), for
# `npm run bench` (bench/run.mjs runs it after the engine's figure): one iteration = forward,
# backward and an Adam step with gradient-norm clipping at 1, on a batch of 32 sequences of
# T = 200 steps of 2 inputs, width n = 16, one head, float32, one CPU thread. The same equations:
#   e_t = U x_t + b + p_t (sinusoidal p), q = Wq e_T, k_s = Wk e_s, v_s = Wv e_s,
#   alpha = softmax(q . k_s / sqrt n), h_T = e_T + Wo sum_s alpha_s v_s, y = v^T h_T + c, MSE.
# A dev tool (apt-get install python3-torch), never a dependency of the lab. Prints one line.
# With --train [seed]: trains it (float64) on the adding problem at T = 200 for 1500 iterations
# instead, evaluating every 100 on 500 sequences, and prints the first iteration with 95% correct
# (within 0.04): the cross-check of the lab's solvedAt.
import math
import sys
import time

import torch

torch.set_num_threads(1)
torch.manual_seed(1)
TRAIN = "--train" in sys.argv
if TRAIN and len(sys.argv) > sys.argv.index("--train") + 1:
    torch.manual_seed(int(sys.argv[sys.argv.index("--train") + 1]))
dtype = torch.float64 if "--float64" in sys.argv or TRAIN else torch.float32
n, m, B, T = 16, 2, 32, 200

i = torch.arange(0, n, 2, dtype=torch.float64)
t = torch.arange(1, 221, dtype=torch.float64)[:, None]
P = torch.zeros(220, n, dtype=torch.float64)
P[:, 0::2] = torch.sin(t / 10000 ** (i / n))
P[:, 1::2] = torch.cos(t / 10000 ** (i / n))
P = P.to(dtype)


def param(*shape, std):
    return torch.nn.Parameter(torch.randn(*shape, dtype=dtype) * std)


U = param(n, m, std=1 / math.sqrt(m))
b = torch.nn.Parameter(torch.zeros(n, dtype=dtype))
Wq, Wk, Wv, Wo = (param(n, n, std=1 / math.sqrt(n)) for _ in range(4))
v = param(n, std=1 / math.sqrt(n))
c = torch.nn.Parameter(torch.zeros(1, dtype=dtype))
params = [U, b, Wq, Wk, Wv, Wo, v, c]
opt = torch.optim.Adam(params, lr=0.01)



def adding(B, L):
    """The adding problem as tasks.ts draws it: X1 among the first 10, X2 among the first L/2 - 1 unmarked."""
    x = torch.zeros(B, L, m, dtype=dtype)
    x[:, :, 0] = torch.rand(B, L, dtype=dtype) * 2 - 1
    x[:, 0, 1] = -1
    x[:, -1, 1] = -1
    target = torch.empty(B, dtype=dtype)
    for r in range(B):
        first = int(torch.randint(0, 10, (1,)))
        second = first
        while second == first:
            second = int(torch.randint(0, L // 2 - 1, (1,)))
        x[r, first, 1] = 1
        x[r, second, 1] = 1
        if first == 0:
            x[r, 0, 0] = 0
        target[r] = 0.5 + (x[r, first, 0] + x[r, second, 0]) / 4
    return x, target


def output(x):
    L = x.shape[1]
    e = x @ U.T + b + P[:L]
    q = e[:, -1] @ Wq.T
    k = e @ Wk.T
    vals = e @ Wv.T
    alpha = torch.softmax((k @ q[:, :, None]).squeeze(-1) / math.sqrt(n), dim=1)
    head = (alpha[:, :, None] * vals).sum(1)
    h = e[:, -1] + head @ Wo.T
    return h @ v + c


def step(x, target):
    loss = ((output(x) - target) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    opt.step()


if TRAIN:
    evals = [adding(1, 200 + int(torch.randint(0, 21, (1,)))) for _ in range(500)]
    for it in range(1501):
        if it % 100 == 0:
            with torch.no_grad():
                right = sum(bool(abs(output(ex)[0] - et[0]) < 0.04) for ex, et in evals)
            print(f"  iteration {it}: {right / 500:.2f} correct", flush=True)
            if right >= 475:
                print(f"  solved at {it}")
                break
        step(*adding(32, 200 + int(torch.randint(0, 21, (1,)))))
    sys.exit(0)

x, target = adding(B, T)
for _ in range(20):
    step(x, target)
times = []
start = time.perf_counter()
while len(times) < 30 or (time.perf_counter() - start < 3 and len(times) < 500):
    t0 = time.perf_counter()
    step(x, target)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
name = "float64" if dtype == torch.float64 else "float32"
print(
    f"  PyTorch {torch.__version__} {name}, one thread, same step: median {times[len(times) // 2]:.2f} ms, "
    f"min {times[0]:.2f} ms (n = {len(times)})"
)
