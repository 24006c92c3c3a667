using SgGrid.Grains.Abstractions.Idempotency;
using SgGrid.Grains.Hosting;

namespace SgGrid.Grains.Idempotency;

/// <summary>A ClientToken: at most one request runs with it; the first success is kept and answered to repeats.</summary>
public sealed class ClientTokenGrain(
    [PersistentState("state", SgGridStorage.Name)] IPersistentState<ClientTokenState> state) : Grain, IClientTokenGrain
{
    private string? _claimedBy;

    public Task<ClientTokenClaim> ClaimAsync(string fingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        if (state.State.Fingerprint is { } done)
        {
            return Task.FromResult(done == fingerprint
                ? new ClientTokenClaim(ClientTokenStatus.Completed, state.State.ResponseBody)
                : new ClientTokenClaim(ClientTokenStatus.Mismatch));
        }

        if (_claimedBy is not null)
        {
            return Task.FromResult(new ClientTokenClaim(_claimedBy == fingerprint ? ClientTokenStatus.InProgress : ClientTokenStatus.Mismatch));
        }

        _claimedBy = fingerprint;
        return Task.FromResult(new ClientTokenClaim(ClientTokenStatus.Claimed));
    }

    public async Task CompleteAsync(string fingerprint, byte[] responseBody)
    {
        ArgumentNullException.ThrowIfNull(responseBody);
        if (_claimedBy != fingerprint)
        {
            return;
        }

        state.State.Fingerprint = fingerprint;
        state.State.ResponseBody = responseBody;
        state.State.CompletedAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        _claimedBy = null;
    }

    public Task ReleaseAsync(string fingerprint)
    {
        if (_claimedBy == fingerprint)
        {
            _claimedBy = null;
        }

        return Task.CompletedTask;
    }
}
