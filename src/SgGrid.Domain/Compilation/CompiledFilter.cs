using System.Runtime.CompilerServices;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Compilation;

/// <summary>
/// One direction of one ENI compiled for fast, allocation-free evaluation. Immutable; replaced whole when the
/// policy changes, and shareable among ENIs with identical inputs.
/// </summary>
/// <remarks>It decides exactly as <see cref="ReferenceEvaluator"/> does on <see cref="Policy"/>, deciding rule included.</remarks>
public sealed partial class CompiledFilter
{
    private readonly bool _blockOutboundTcp25;
    private readonly AddressSet _internalAddresses;
    private readonly PlatformRule[] _platformAllow;
    private readonly TrustLookup<uint>? _trustV4;
    private readonly TrustLookup<UInt128>? _trustV6;
    private readonly RuleClassifier<uint> _rulesV4;
    private readonly RuleClassifier<UInt128> _rulesV6;
    private readonly bool[] _ruleAllows;
    private readonly bool _defaultAllows;

    internal CompiledFilter(
        DirectionalPolicy policy,
        TrustLookup<uint>? trustV4,
        TrustLookup<UInt128>? trustV6,
        RuleClassifier<uint> rulesV4,
        RuleClassifier<UInt128> rulesV6)
    {
        Policy = policy;
        Direction = policy.Direction;
        _blockOutboundTcp25 = policy.BlockOutboundTcp25;
        _internalAddresses = policy.InternalAddresses;
        _platformAllow = [.. policy.PlatformAllow];
        _trustV4 = trustV4;
        _trustV6 = trustV6;
        _rulesV4 = rulesV4;
        _rulesV6 = rulesV6;
        _ruleAllows = policy.Rules.Select(r => r.Rule.Policy == RulePolicy.Accept).ToArray();
        _defaultAllows = policy.DefaultAllows;
    }

    public Direction Direction { get; }

    /// <summary>The policy this filter was compiled from; explains its decisions.</summary>
    public DirectionalPolicy Policy { get; }

    /// <summary>Number of custom rules compiled.</summary>
    public int RuleCount => _ruleAllows.Length;

    /// <summary>Which structure holds the IPv4 rules: <c>linear</c> or <c>bit-vector</c>.</summary>
    public string Ipv4Structure => _rulesV4 is LinearRuleClassifier<uint> ? "linear" : "bit-vector";

    /// <summary>Approximate bytes held by the compiled structures (not by the policy they came from).</summary>
    public long FootprintBytes =>
        _rulesV4.FootprintBytes + _rulesV6.FootprintBytes + (_trustV4?.FootprintBytes ?? 0) + (_trustV6?.FootprintBytes ?? 0) + _ruleAllows.Length;

    /// <summary>Decides one flow on this direction. Allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FilterDecision Evaluate(in Flow flow)
    {
        var ingress = Direction == Direction.Ingress;
        var remote = ingress ? flow.Source : flow.Destination;
        var local = ingress ? flow.Destination : flow.Source;

        if (_blockOutboundTcp25 && flow.Protocol == IpProtocol.TcpNumber && flow.DestinationPort == 25 &&
            !_internalAddresses.Contains(new NetworkAddress(remote, flow.Family)))
        {
            return new FilterDecision(false, DecisionReason.Platform, -1);
        }

        for (var i = 0; i < _platformAllow.Length; i++)
        {
            if (_platformAllow[i].Matches(Direction, flow))
            {
                return new FilterDecision(true, DecisionReason.Platform, i);
            }
        }

        int rule;
        if (flow.Family == IpFamily.IPv4)
        {
            if (_trustV4 is not null)
            {
                var group = _trustV4.Find((uint)remote);
                if (group >= 0)
                {
                    return new FilterDecision(true, DecisionReason.IntraGroup, group);
                }
            }

            rule = _rulesV4.FirstMatch((uint)remote, (uint)local, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        }
        else
        {
            if (_trustV6 is not null)
            {
                var group = _trustV6.Find(remote);
                if (group >= 0)
                {
                    return new FilterDecision(true, DecisionReason.IntraGroup, group);
                }
            }

            rule = _rulesV6.FirstMatch(remote, local, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        }

        return rule >= 0 ? new FilterDecision(_ruleAllows[rule], DecisionReason.Rule, rule) : FilterDecision.Default(_defaultAllows);
    }

    /// <summary>Decides a batch: <paramref name="decisions"/>[i] for <paramref name="flows"/>[i]. Allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Flow> flows, Span<FilterDecision> decisions)
    {
        if (decisions.Length < flows.Length)
        {
            throw new ArgumentException("The decision span is shorter than the flow span.", nameof(decisions));
        }

        for (var i = 0; i < flows.Length; i++)
        {
            decisions[i] = Evaluate(flows[i]);
        }
    }

    /// <summary>Describes a decision of this filter.</summary>
    public DecisionExplanation Explain(FilterDecision decision) => Policy.Explain(decision);
}
