using System.Buffers;
using System.Runtime.CompilerServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Compilation;

/// <summary>The batch path over packed IPv4 flows.</summary>
/// <remarks>
/// The hot methods are compiled fully optimized at first call (<see cref="MethodImplOptions.AggressiveOptimization"/>):
/// a silo's evaluation loops would otherwise run as tier-0 or on-stack-replaced code until tiering catches up, which
/// the load harness measured at a quarter to a half of the optimized rate (loadtests/README.md).
/// </remarks>
public sealed partial class CompiledFilter
{
    // Scratch up to this many words lives on the stack (4 KiB); larger classifiers rent it.
    private const int StackScratchLength = 512;

    private static readonly FilterDecision Tcp25Blocked = new(false, DecisionReason.Platform, -1);

    /// <summary>
    /// Decides a batch of IPv4 flows: <paramref name="decisions"/>[i] for <paramref name="flows"/>[i], exactly as
    /// <see cref="Evaluate(in Flow)"/> decides each. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// Consecutive flows between the same two addresses form a run (a batch between two ENIs is one run): the TCP 25
    /// check's address test, intra-group trust and the rules' address conditions are looked up once per run, leaving
    /// only protocol and ports per flow.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Ipv4Flow> flows, Span<FilterDecision> decisions)
    {
        if (decisions.Length < flows.Length)
        {
            throw new ArgumentException("The decision span is shorter than the flow span.", nameof(decisions));
        }

        if (_platformAllow.Length != 0)
        {
            // Platform entries match on the remote address and ports before anything else: decide such filters flow by flow.
            for (var i = 0; i < flows.Length; i++)
            {
                decisions[i] = Evaluate(flows[i].ToFlow());
            }

            return;
        }

        var length = _rulesV4.RunScratchLength;
        ulong[]? rented = null;
        var scratch = length <= StackScratchLength ? stackalloc ulong[StackScratchLength] : (rented = ArrayPool<ulong>.Shared.Rent(length));
        try
        {
            var ingress = Direction == Direction.Ingress;
            var start = 0;
            while (start < flows.Length)
            {
                var remote = ingress ? flows[start].Source : flows[start].Destination;
                var local = ingress ? flows[start].Destination : flows[start].Source;
                var end = start + 1;
                while (end < flows.Length &&
                       (ingress ? flows[end].Source : flows[end].Destination) == remote &&
                       (ingress ? flows[end].Destination : flows[end].Source) == local)
                {
                    end++;
                }

                if (end - start == 1)
                {
                    decisions[start] = EvaluateOne(flows[start], remote, local);
                }
                else
                {
                    EvaluateRun(remote, local, flows[start..end], decisions[start..end], scratch);
                }

                start = end;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private static bool IsTcp25(in Ipv4Flow flow) => flow.Protocol == IpProtocol.TcpNumber && flow.DestinationPort == 25;

    private bool BlocksTcp25To(uint remote) =>
        _blockOutboundTcp25 && !_internalAddresses.Contains(NetworkAddress.FromIPv4(remote));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FilterDecision EvaluateOne(in Ipv4Flow flow, uint remote, uint local)
    {
        if (IsTcp25(flow) && BlocksTcp25To(remote))
        {
            return Tcp25Blocked;
        }

        if (_trustV4 is not null)
        {
            var group = _trustV4.Find(remote);
            if (group >= 0)
            {
                return new FilterDecision(true, DecisionReason.IntraGroup, group);
            }
        }

        var rule = _rulesV4.FirstMatch(remote, local, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return rule >= 0 ? new FilterDecision(_ruleAllows[rule], DecisionReason.Rule, rule) : FilterDecision.Default(_defaultAllows);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EvaluateRun(uint remote, uint local, ReadOnlySpan<Ipv4Flow> flows, Span<FilterDecision> decisions, Span<ulong> scratch)
    {
        var blocksTcp25 = BlocksTcp25To(remote);
        var group = _trustV4?.Find(remote) ?? -1;
        if (group >= 0)
        {
            var trusted = new FilterDecision(true, DecisionReason.IntraGroup, group);
            for (var i = 0; i < flows.Length; i++)
            {
                decisions[i] = blocksTcp25 && IsTcp25(flows[i]) ? Tcp25Blocked : trusted;
            }

            return;
        }

        var fallThrough = FilterDecision.Default(_defaultAllows);
        var used = _rulesV4.PrepareRun(remote, local, scratch);
        if (used == 0 && !blocksTcp25)
        {
            decisions[..flows.Length].Fill(fallThrough);
            return;
        }

        ReadOnlySpan<ulong> run = scratch[..used];
        var rules = _rulesV4;
        var allows = _ruleAllows;
        for (var i = 0; i < flows.Length; i++)
        {
            ref readonly var flow = ref flows[i];
            if (blocksTcp25 && IsTcp25(flow))
            {
                decisions[i] = Tcp25Blocked;
                continue;
            }

            var rule = used == 0 ? -1 : rules.FirstMatchInRun(run, flow.Protocol, flow.SourcePort, flow.DestinationPort);
            decisions[i] = rule >= 0 ? new FilterDecision(allows[rule], DecisionReason.Rule, rule) : fallThrough;
        }
    }
}
