using System.Net.Sockets;
using System.Text;

namespace SgGrid.Api.Tests.Support;

/// <summary>
/// Sends a built request over a plain socket, so a test can send its body short, slowly or not at all, as a broken or
/// hostile client would; answers the raw response text (empty when the server closed without answering).
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// Sends <paramref name="request"/>'s head (with its full Content-Length) and the first <paramref name="bodyBytesToSend"/>
    /// body bytes; then, when <paramref name="closeAfterSending"/>, ends the sending side (a truncated body), else waits for
    /// the answer with the rest never sent (a stalled body). Gives up after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<string> SendPartialAsync(Uri baseAddress, HttpRequestMessage request, int bodyBytesToSend, bool closeAfterSending, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        var head = new StringBuilder()
            .Append(request.Method.Method).Append(' ').Append(request.RequestUri!.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(baseAddress.Host).Append(':').Append(baseAddress.Port).Append("\r\n");
        foreach (var (name, values) in request.Headers)
        {
            head.Append(name).Append(": ").Append(string.Join(",", values)).Append("\r\n");
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                head.Append(name).Append(": ").Append(string.Join(",", values)).Append("\r\n");
            }
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\nConnection: close\r\n\r\n");
        using var cancel = new CancellationTokenSource(timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(baseAddress.Host, baseAddress.Port, cancel.Token);
        await socket.SendAsync(Encoding.ASCII.GetBytes(head.ToString()), SocketFlags.None, cancel.Token);
        await socket.SendAsync(body.AsMemory(0, Math.Min(bodyBytesToSend, body.Length)), SocketFlags.None, cancel.Token);
        if (closeAfterSending)
        {
            socket.Shutdown(SocketShutdown.Send);
        }

        var answer = new List<byte>();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancel.Token)) > 0)
            {
                answer.AddRange(buffer.AsSpan(0, read));
            }
        }
        catch (SocketException)
        {
            // A reset after the answer: what was read is the answer.
        }

        return Encoding.UTF8.GetString([.. answer]);
    }

    /// <summary>The status code of a raw response (0 when there is none).</summary>
    public static int StatusOf(string response) =>
        response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(response.AsSpan(9, 3), out var status) ? status : 0;
}
